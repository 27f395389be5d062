import type { SourceBlock } from '../../report/sourceDocument';
import type { PageLine } from './pageLines';
import { isUnspaced } from './scriptText';

const SENTENCE_END = /[.!?:;。！？：；]["'”’»)]?$/u;
// A paragraph number or list mark opening a line: "4", "4.2", "a)", "(iii)", "-", "•".
const OPENS_NUMBERED = /^(?:\d+(?:\.\d+)*\.?|[a-z]\)|\([a-z0-9]+\)|[•–-])\s/iu;
// A line ending this many font sizes before its column's right edge is the last line of its paragraph.
const SHORT_LINE_EMS = 4;
// A change in font size larger than this share starts a new paragraph (a heading, a note).
const FONT_CHANGE = 0.1;
// A gap between baselines larger than this many times the usual line pitch separates paragraphs.
const PARAGRAPH_GAP = 1.5;
const LINE_HYPHEN = /([\p{L}])[-\u00AD\u2010]$/u;
// Text set this much larger than the body's is a heading (a title, "Introduction" in a heading style)…
const HEADING_SIZE = 1.2;
// …when it is a line or two, not a paragraph in a large font, and ends no sentence.
const MAX_HEADING_LENGTH = 160;
// Text set this much smaller than the body's and opening with a mark is a footnote ("1Footnote one…" in 6 pt under 10 pt text).
const FOOTNOTE_SIZE = 0.85;
const FOOTNOTE_TEXT = /^(\d{1,3}|\*{1,3})[\t \u00A0]*(\p{L}[\s\S]*)$/u;

/**
 * Joins lines into paragraphs (gaps, short last lines, numbers, font changes) and repairs words hyphenated across
 * lines. A short block in a font larger than the body's is a heading, its level by size (the largest is 1); a
 * block in a smaller font that opens with a mark is a footnote.
 */
export function lineParagraphs(lines: readonly PageLine[]): SourceBlock[] {
  const rightEdges = columnRightEdges(lines);
  const pitch = usualLinePitch(lines);
  const { bodySize, headingLevels } = fontSizes(lines);
  const blocks: SourceBlock[] = [];
  let text = '';
  let first: PageLine | undefined;
  let previous: PageLine | undefined;
  const close = (): void => {
    const trimmed = text.trim();
    const level = first === undefined ? undefined : headingLevels.get(first.fontSize);
    const footnote = first !== undefined && first.fontSize <= bodySize * FOOTNOTE_SIZE ? FOOTNOTE_TEXT.exec(trimmed) : null;
    if (first && footnote !== null) blocks.push({ kind: 'footnote', label: footnote[1] ?? '', text: (footnote[2] ?? '').trim(), origin: `page ${first.page}` });
    else if (first && trimmed !== '') {
      const isHeading = level !== undefined && trimmed.length <= MAX_HEADING_LENGTH && !SENTENCE_END.test(trimmed);
      blocks.push({ kind: isHeading ? 'heading' : 'paragraph', text: trimmed, ...(isHeading ? { level } : {}), origin: `page ${first.page}` });
    }
    text = '';
    first = undefined;
  };
  for (const line of lines) {
    if (previous && startsParagraph(previous, line, rightEdges, pitch)) close();
    if (!first) {
      first = line;
      text = line.text;
    } else {
      text = joinLines(text, line.text);
    }
    previous = line;
  }
  close();
  return blocks;
}

function startsParagraph(previous: PageLine, line: PageLine, rightEdges: ReadonlyMap<string, number>, pitch: number): boolean {
  const hyphenated = LINE_HYPHEN.test(previous.text);
  const endsSentence = SENTENCE_END.test(previous.text);
  if (Math.abs(line.fontSize - previous.fontSize) > FONT_CHANGE * previous.fontSize) return true;
  if (line.page !== previous.page || line.column !== previous.column) {
    // A paragraph carries over a page or column break when its sentence does.
    return endsSentence || !/^[\p{Ll}\p{Script=Han}]/u.test(line.text);
  }
  if (hyphenated) return false;
  if (previous.y - line.y > PARAGRAPH_GAP * pitch) return true;
  const rightEdge = rightEdges.get(columnKey(previous)) ?? previous.right;
  if (previous.right < rightEdge - SHORT_LINE_EMS * previous.fontSize) return true;
  if (OPENS_NUMBERED.test(line.text) && endsSentence) return true;
  return endsSentence && line.x > previous.x + previous.fontSize;
}

/** Joins a line to the text before it: no space inside Chinese, a repaired hyphenated word, else one space. */
export function joinLines(before: string, after: string): string {
  const hyphen = LINE_HYPHEN.exec(before);
  if (hyphen) {
    // "secu-" + "rity" is one word; "ITU-" + "T" keeps its hyphen (a lower-case letter continues a word).
    if (before.endsWith('\u00AD') || /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
    return before + after;
  }
  if (isUnspaced(before.at(-1)) && isUnspaced(after[0])) return before + after;
  return `${before} ${after}`;
}

function columnKey(line: PageLine): string {
  return `${line.page}|${line.column}`;
}

function columnRightEdges(lines: readonly PageLine[]): Map<string, number> {
  const edges = new Map<string, number>();
  for (const line of lines) edges.set(columnKey(line), Math.max(edges.get(columnKey(line)) ?? 0, line.right));
  return edges;
}

/**
 * The body's font size (the one most characters are set in) and the heading levels of the sizes larger than
 * it, the largest first: pdf.js gives sizes, not styles, so size is what tells a heading from the text under it.
 */
function fontSizes(lines: readonly PageLine[]): { readonly bodySize: number; readonly headingLevels: Map<number, number> } {
  const characters = new Map<number, number>();
  for (const line of lines) characters.set(line.fontSize, (characters.get(line.fontSize) ?? 0) + line.text.length);
  let body = 0;
  let most = -1;
  for (const [size, count] of characters) {
    if (count > most) [body, most] = [size, count];
  }
  const larger = [...characters.keys()].filter((size) => size >= body * HEADING_SIZE).sort((a, b) => b - a);
  return { bodySize: body, headingLevels: new Map(larger.map((size, index) => [size, index + 1])) };
}

function usualLinePitch(lines: readonly PageLine[]): number {
  const pitches: number[] = [];
  for (let index = 1; index < lines.length; index++) {
    const a = lines[index - 1]!;
    const b = lines[index]!;
    if (a.page === b.page && a.column === b.column && a.y > b.y) pitches.push(a.y - b.y);
  }
  pitches.sort((a, b) => a - b);
  return pitches[Math.floor(pitches.length / 2)] ?? 12;
}
