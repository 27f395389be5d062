/**
 * Stage 1 for plain text: lines → a SourceDocument, one block per paragraph. Page furniture is
 * dropped here (it exists only in text that came from a printed page), wrapped lines are joined
 * and words hyphenated across lines repaired, so that stage 2 (`parseSourceDocument`) sees the
 * same paragraphs a DOCX or PDF reader would hand it.
 */
import { documentSymbolIn } from './documentSymbol';
import { footnoteOf, isBulletItem, isLetterAlone, isNumberAlone, isRule, labelOf, romanSectionOf, withoutListBullet } from './labels';
import { cutNumbers, splitRunOnLine } from './runOnLines';
import { splitRunOnResolution } from './runOnResolution';
import { findFooterStart, furnitureOf, isRunningHead, type FurnitureKind } from './pageFurniture';
import type { SourceBlock, SourceDocument } from './sourceDocument';
import {
  agendaItemIn,
  annexHeadingOf,
  blockHeadingOf,
  clauseOf,
  clauseOpeningOf,
  isDateLine,
  isMeetingLine,
  isMeetingPartLine,
  isResolutionHeading,
  isSourceLine,
  isSpeakingBodyLine,
  startsSpeakingBody,
  originalLanguageIn,
} from './vocabulary';

interface TextLine {
  readonly lineNumber: number;
  readonly text: string;
  /** A form feed stands between this line and the previous one. */
  readonly isAfterPageBreak: boolean;
  /** Cut from a run-on line before what opens a line in print: it starts a block of its own. */
  readonly isCut?: boolean;
}

interface Draft {
  kind: SourceBlock['kind'];
  lines: string[];
  text: string;
  readonly lineNumber: number;
  label?: string;
  cells?: readonly string[];
}

/** Splits text into lines, accepting LF, CRLF and lone CR line ends. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/u);
}

/** Reads plain text (as saved from Word, or extracted from a PDF) into a SourceDocument, one block per paragraph. */
export function readTextDocument(text: string): SourceDocument {
  const rawLines = splitLines(text);
  const lines = withPageBreaks(rawLines.slice(0, findFooterStart(rawLines)));
  const warnings: string[] = [];
  const { kept, runningHead } = dropFurniture(lines, warnings);
  return { format: 'text', blocks: joinParagraphs(cutRunOnLines(kept, warnings)), warnings, ...(runningHead === undefined ? {} : { runningHead }) };
}

/** Lines trimmed, with form feeds turned into page-break marks on the line after them. */
function withPageBreaks(rawLines: readonly string[]): TextLine[] {
  const lines: TextLine[] = [];
  let isPageBreakPending = false;
  rawLines.forEach((raw, index) => {
    const pieces = raw.split('\f');
    pieces.forEach((piece, pieceIndex) => {
      if (pieceIndex > 0) isPageBreakPending = true;
      const trimmed = piece.trim();
      if (trimmed === '' && pieces.length > 1) return;
      lines.push({ lineNumber: index + 1, text: trimmed, isAfterPageBreak: isPageBreakPending && trimmed !== '' });
      if (trimmed !== '') isPageBreakPending = false;
    });
  });
  return lines;
}

function dropFurniture(lines: readonly TextLine[], warnings: string[]): { kept: TextLine[]; runningHead?: string } {
  const dropped = new Map<FurnitureKind, number[]>();
  let runningHead: string | undefined;
  const kept: TextLine[] = [];
  let hasKeptSymbol = false;
  let contentLines = 0;
  let hasPageBroken = false;
  // A page break stays where dropped furniture was, so that the next line is still at a page's top.
  let isBreakCarried = false;
  // Once a page edge has had its page number ("- 2 -"), a bare number there is a paragraph's label.
  let hasEdgePageNumber = false;
  let isFormFeedCarried = false;
  const hasPages = lines.some((line) => line.isAfterPageBreak);
  const nextContent = nextContentIndexes(lines);
  let previous: TextLine | undefined;
  lines.forEach((line, index) => {
    hasPageBroken ||= line.isAfterPageBreak;
    const next = lines[nextContent[index] ?? lines.length];
    // Only a form feed or the running head beside it makes a page edge for a bare number ("1" over "C17/18-E");
    // dropped furniture alone is too weak a sign.
    // Under a running head, a number with text right under it ("C17/18-E", "3", "The Council noted…") is that text's label.
    const isUnderHeadAlone = previous !== undefined && isRunningHead(previous.text) && (lines[index + 1]?.text ?? '') === '';
    const isBesideRunningHead = (next !== undefined && isRunningHead(next.text)) || isUnderHeadAlone;
    const isAtPageEdge =
      line.isAfterPageBreak || isFormFeedCarried || next?.isAfterPageBreak === true || (next === undefined && hasPages) || isBesideRunningHead;
    if (line.text !== '') previous = line;
    const furniture = furnitureOf(line.text, isAtPageEdge && !(isBreakCarried && hasEdgePageNumber));
    // The first page may print the bare symbol in its header: that one is the document's, not a running head.
    const isHeaderSymbol = furniture === 'running head' && !hasKeptSymbol && contentLines < 12 && !hasPageBroken;
    if (furniture !== undefined && !isHeaderSymbol) {
      dropped.set(furniture, [...(dropped.get(furniture) ?? []), line.lineNumber]);
      if (furniture === 'running head') runningHead ??= line.text;
      isBreakCarried = true;
      isFormFeedCarried ||= line.isAfterPageBreak;
      if (furniture === 'page number') hasEdgePageNumber = true;
      return;
    }
    if (documentSymbolIn(line.text) !== undefined) hasKeptSymbol = true;
    if (line.text === '') {
      if (!isBreakCarried) kept.push(line);
      return;
    }
    contentLines += 1;
    kept.push(isBreakCarried ? { ...line, isAfterPageBreak: true } : line);
    isBreakCarried = false;
    isFormFeedCarried = false;
    hasEdgePageNumber = false;
  });
  for (const [kind, lineNumbers] of dropped) {
    const listed = lineNumbers.slice(0, 8).join(', ') + (lineNumbers.length > 8 ? '…' : '');
    warnings.push(`dropped ${lineNumbers.length} line(s) of page furniture (${kind}): line ${listed}`);
  }
  return runningHead === undefined ? { kept } : { kept, runningHead };
}

/**
 * Lines that hold a page run together, cut before the numbers they print (see runOnLines.ts) or,
 * for a resolution, before its clauses and items (runOnResolution.ts), with a warning naming the line.
 */
function cutRunOnLines(lines: readonly TextLine[], warnings: string[]): TextLine[] {
  return lines.flatMap((line) => {
    const byNumbers = splitRunOnLine(line.text);
    const pieces = byNumbers.length > 1 ? byNumbers : splitRunOnResolution(line.text);
    if (pieces.length === 1) return [line];
    const where = byNumbers.length > 1 ? `before the numbers ${cutNumbers(pieces)}` : `into ${pieces.length} pieces before the resolution's heading, clauses and items`;
    warnings.push(`line ${line.lineNumber}: a ${line.text.length}-character line (a page that lost its line ends) was cut ${where}`);
    return pieces.map((text, index) => ({ ...line, text, isAfterPageBreak: index === 0 && line.isAfterPageBreak, isCut: index > 0 }));
  });
}

/** For each line, the index of the next non-blank line after it (lines.length when none): one pass, for long documents. */
function nextContentIndexes(lines: readonly TextLine[]): number[] {
  const indexes = new Array<number>(lines.length);
  let next = lines.length;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    indexes[index] = next;
    if (lines[index]?.text !== '') next = index;
  }
  return indexes;
}

// A line ending like this ends a paragraph; one ending otherwise was wrapped.
const SENTENCE_END = /[.。!！?？:：;；]["”»)）]?$/u;
const CONTENTS_HEADING = /^(?:contents|table of contents|table des matières|sommaire|índice|contenido|содержание|المحتويات|جدول المحتويات|目录)$/iu;
const TOC_LINE = /(?:\.{4,}|…{2,}|\t)\s*[0-9]{1,3}$/u;
// Scripts written without spaces between words, so a wrapped line joins without one.
// Hangul is left out on purpose: Korean separates words with spaces.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;

/** Cells of a line that is a table row: three or more cells split by tabs or bars, or wide gaps around a document symbol. */
export function tableCellsOf(text: string): string[] | undefined {
  const trimmed = text.trim();
  // " / " is how a table's cell borders come out of some PDF and HTML exports ("1 / Adoption of the agenda / C17/DT/1").
  for (const separator of [/\t+/u, /\s*\|\s*/u, / \/ /u]) {
    const cells = trimmed.replace(/^\|\s*|\s*\|$/gu, '').split(separator).map((cell) => cell.trim());
    if (cells.length >= 3 && cells.every((cell) => cell !== '')) return cells;
  }
  const spaced = trimmed.split(/ {3,}/u).map((cell) => cell.trim());
  if (spaced.length >= 3 && spaced.some((cell) => documentSymbolIn(cell) !== undefined)) return spaced;
  return undefined;
}

/** Whether a line is a table-of-contents entry: a heading followed by leader dots or a tab and a page number. */
export function isContentsLine(text: string): boolean {
  return TOC_LINE.test(text.trim()) && /\p{L}/u.test(text);
}

function contentsCellsOf(text: string): string[] | undefined {
  return isContentsLine(text) ? text.split(/\t+|\s*(?:\.{4,}|…{2,})\s*/u).filter((cell) => cell !== '') : undefined;
}

/** A table's two-cell header row ("Subjects discussed / Documents"), told by the row under it. */
function headerRowCellsOf(text: string, next: string): string[] | undefined {
  if (labelOf(text).kind !== 'none') return undefined;
  if (CONTENTS_HEADING.test(text.trim()) && isContentsLine(next)) return [text.trim()];
  const cells = text.split(/\t+|\s*\|\s*| \/ /u).map((cell) => cell.trim());
  return cells.length === 2 && cells.every((cell) => cell !== '') && tableCellsOf(next) !== undefined ? cells : undefined;
}

/**
 * Cells of a line right under a table row: two cells are enough there ("2 / Statement by the councillor";
 * the documents cell is empty). Not for tabs: "2.4⇥The table…" under a table is the next paragraph.
 */
function continuedRowCellsOf(text: string): string[] | undefined {
  for (const separator of [/\s*\|\s*/u, / \/ /u]) {
    const cells = text.trim().replace(/^\|\s*|\s*\|$/gu, '').split(separator).map((cell) => cell.trim());
    if (cells.length >= 2 && cells.every((cell) => cell !== '')) return cells;
  }
  return undefined;
}

/** Whether a line belongs in the header block (meeting, symbol, agenda item, date, original, source). */
function isHeaderField(text: string): boolean {
  return (
    isMeetingLine(text) ||
    isMeetingPartLine(text) ||
    documentSymbolIn(text) !== undefined ||
    agendaItemIn(text) !== undefined ||
    originalLanguageIn(text) !== undefined ||
    isDateLine(text) ||
    isSourceLine(text)
  );
}

/** Whether a line stands alone as a block whatever follows or precedes it. */
function isStandalone(text: string): boolean {
  return (
    blockHeadingOf(text) !== undefined ||
    annexHeadingOf(text) !== undefined ||
    clauseOf(text) !== undefined ||
    isRule(text)
  );
}

function startsBlock(text: string): boolean {
  // A date wrapped onto a line of its own ("7 June 2017") continues the sentence; it is not section 7.
  return (
    (labelOf(text).kind !== 'none' && !isDateLine(text)) ||
    isNumberAlone(text) ||
    isLetterAlone(text) ||
    isBulletItem(text) ||
    isStandalone(text) ||
    romanSectionOf(text) !== undefined
  );
}

function joinParagraphs(lines: readonly TextLine[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let draft: Draft | undefined;
  let isAfterBlank = true;
  let hasBodyStarted = false;
  let isInFootnotes = false;
  const flush = (): void => {
    if (draft === undefined) return;
    blocks.push(toBlock(draft));
    draft = undefined;
  };
  lines.forEach((line, lineIndex) => {
    if (line.text === '') {
      isAfterBlank = true;
      return;
    }
    if (line.isAfterPageBreak) isInFootnotes = false;
    // A web page's bullet before a clause word or an item letter; numbered items are judged in the body (bodyReader).
    let text = withoutListBullet(line.text, (rest) => clauseOf(rest) !== undefined || clauseOpeningOf(rest) !== undefined || labelOf(rest).kind === 'letter' || isLetterAlone(rest));
    // A web page may wrap the article of who adopts a resolution onto the line above ("…information society The" over
    // "Plenipotentiary Conference of the…"): the word goes back to the line it opens, which starts a block.
    const article = draft === undefined || hasBodyStarted || isAfterBlank ? undefined : openingWordOfNext(draft.text, text);
    if (draft !== undefined && article !== undefined) {
      draft.text = draft.text.slice(0, -article.length).trimEnd();
      draft.lines[draft.lines.length - 1] = (draft.lines.at(-1) ?? '').slice(0, -article.length).trimEnd();
      if (draft.text === '') draft = undefined;
      else flush();
      text = `${article} ${text}`;
    }
    const isAfterRow = blocks.at(-1)?.kind === 'tableRow' && draft === undefined && !isAfterBlank;
    const cells =
      tableCellsOf(text) ??
      contentsCellsOf(text) ??
      headerRowCellsOf(text, lines[lineIndex + 1]?.text ?? '') ??
      (isAfterRow ? continuedRowCellsOf(text) : undefined);
    const footnote = isInFootnotes && !isDateLine(text) ? footnoteOf(text) : undefined;
    if (cells !== undefined) {
      flush();
      blocks.push({ kind: 'tableRow', text: cells.join('\t'), cells, origin: `line ${line.lineNumber}` });
    } else if (footnote !== undefined) {
      flush();
      draft = { kind: 'footnote', lines: [text], text: footnote.rest, label: footnote.mark, lineNumber: line.lineNumber };
    } else if (draft !== undefined && line.isCut !== true && (!isAfterBlank || line.isAfterPageBreak) && continues(draft, text, hasBodyStarted)) {
      draft.text = isNumberAlone(draft.text) ? `${draft.text}\t${text}` : joinWrapped(draft.text, text);
      draft.lines.push(text);
    } else {
      flush();
      draft = { kind: 'paragraph', lines: [text], text, lineNumber: line.lineNumber };
    }
    if (((labelOf(text).kind === 'number' || isNumberAlone(text)) && !isDateLine(text)) || romanSectionOf(text)?.value === 1) hasBodyStarted = true;
    if (isRule(text) && hasBodyStarted) isInFootnotes = true;
    isAfterBlank = false;
  });
  flush();
  return blocks;
}

/**
 * The word that ends `before` when it opens the name of who adopts a resolution with `next` ("The" of "The
 * Plenipotentiary Conference…"), capitalised as a sentence's first word; undefined otherwise.
 */
function openingWordOfNext(before: string, next: string): string | undefined {
  const word = /(?:^|\s)(\p{Lu}[\p{L}']*)$/u.exec(before)?.[1];
  return word !== undefined && !startsSpeakingBody(next) && startsSpeakingBody(`${word} ${next}`) ? word : undefined;
}

/** Whether `text` continues the paragraph in `draft` (a wrapped line) rather than starting a new one. */
function continues(draft: Draft, text: string, hasBodyStarted: boolean): boolean {
  const last = draft.lines.at(-1) ?? '';
  if (isNumberAlone(draft.text) || isLetterAlone(draft.text)) return !startsBlock(text);
  // "RESOLUTION 73" over "(Minneapolis, 1998)": the place and year finish the heading.
  if (isResolutionHeading(draft.text) && /\d$/u.test(draft.text) && /^\([^()]{2,40}\)$/u.test(text)) return true;
  if (startsBlock(text) || isStandalone(last)) return false;
  // "RESOLUTION 1305 (modified 2017)" is a line of its own; the resolution's name follows it.
  if (isResolutionHeading(draft.text) && /[)\d）]$/u.test(last) && draft.text.length <= 60) return false;
  // The resolution's name, then who adopts it: two lines, whatever their case.
  if (isSpeakingBodyLine(text)) return false;
  // A clause ends with a comma and the next opens with its word, whatever follows it on the line ("resolves to instruct the").
  if (/[,;،，；]$/u.test(last) && clauseOpeningOf(text) !== undefined) return false;
  if (!hasBodyStarted && (isHeaderField(text) || isHeaderField(last))) return false;
  // Before the body, a line in capitals and one in small letters are different blocks: a title, then its first heading.
  // ("SIXTH plenary meeting" still continues "OF THE": its first word is in capitals.)
  const firstWord = text.split(/\s+/u)[0] ?? '';
  if (!hasBodyStarted && /\p{L}/u.test(firstWord) && isInCapitals(last) !== isInCapitals(firstWord)) return false;
  const startsLower = /^\p{Ll}/u.test(text);
  if (SENTENCE_END.test(last) && !startsLower) return false;
  if (isSectionHeading(draft) && /^[\p{Lu}\p{Lo}]/u.test(text)) return false;
  return true;
}

/**
 * Whether a paragraph so far is a section's numbered heading ("1⇥Introduction", "1" over "会议开幕", "II⇥Findings"):
 * short, on one line, so the text under it is a paragraph of its own, not the heading wrapped.
 */
function isSectionHeading(draft: Draft): boolean {
  if (draft.lines.length === 1 && romanSectionOf(draft.text) !== undefined) return true;
  const label = labelOf(draft.text);
  if (label.kind !== 'number' || label.path.length !== 1 || draft.lines.length > 2 || (draft.lines.length === 2 && !isNumberAlone(draft.lines[0] ?? ''))) return false;
  const isHan = (label.rest.match(/\p{Script=Han}/gu)?.length ?? 0) * 2 > label.rest.length;
  return label.rest.length <= (isHan ? 20 : 60);
}

/** Whether a line is written in capitals ("REPORT ON THE"): cased letters only, none of them small. */
function isInCapitals(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/[\p{Ll}\p{Lo}]/u.test(text);
}

/** Joins a wrapped line to the text before it: no space next to CJK characters, a hyphenated word made whole again. */
export function joinWrapped(before: string, after: string): string {
  if (before === '') return after;
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  if (/\p{L}-$/u.test(before)) return before + after;
  const last = Array.from(before).at(-1) ?? '';
  const first = Array.from(after)[0] ?? '';
  return UNSPACED_SCRIPT.test(last) || UNSPACED_SCRIPT.test(first) ? before + after : `${before} ${after}`;
}

function toBlock(draft: Draft): SourceBlock {
  const origin = `line ${draft.lineNumber}`;
  if (draft.kind === 'footnote' && draft.label !== undefined) {
    return { kind: 'footnote', text: draft.text, label: draft.label, origin };
  }
  return { kind: draft.kind, text: draft.text, origin };
}
