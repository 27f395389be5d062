/**
 * What a single line of a plain-text council report can be. The grammar is per line on
 * purpose: whether a numbered line really starts a section or paragraph depends on what
 * came before, and that is decided in `numbering.ts`, not here.
 */
export type LineShape =
  | { readonly kind: 'blank' }
  | { readonly kind: 'summaryHeading' }
  | { readonly kind: 'separator' }
  | { readonly kind: 'numbered'; readonly path: NumberPath; readonly rest: string }
  | { readonly kind: 'text' };

/** A printed number split at its dots: "4.3.1" is [4, 3, 1]. */
export type NumberPath = readonly [number, ...number[]];

/** A line of the source with its 1-based line number (for warnings) and its text trimmed at both ends. */
export interface SourceLine {
  readonly lineNumber: number;
  readonly text: string;
}

// The six ITU languages, plus 摘要 which some Chinese documents use instead of 概要.
// An optional colon covers "Summary:" and the Arabic/Chinese full-width colon.
const SUMMARY_HEADING = /^(?:概要|摘要|summary|résumé|resumen|резюме|ملخص)\s*[:：]?$/iu;

// The number is followed by a tab or by ASCII, no-break or ideographic spaces, as word
// processors export them; a trailing dot ("1.") is tolerated. The number must be followed
// by text: a lone "3" is more likely a page number than a heading.
const NUMBERED = /^(\d+(?:\.\d+)*)\.?[\t \u00A0\u3000]+(\S[\s\S]*)$/u;

const SEPARATOR = /^_{3,}$/u;

// A footer line holds nothing but URLs and decoration, e.g. the council site's address between bullets.
// It is checked token by token: one regex over the whole line backtracks exponentially.
const URL_TOKEN = /^(?:https?:\/\/|www\.)\S+$/iu;
const DECORATION_TOKEN = /^[•·*|–-]+$/u;

// Bidirectional marks that Arabic text may carry around an otherwise bare heading.
const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Splits text into lines, accepting LF, CRLF and lone CR line ends. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/u);
}

/** Trims a line: JavaScript's trim already covers tabs, NBSP, U+3000 and a stray BOM. */
export function trimLine(line: string): string {
  return line.trim();
}

/** Tells what kind of line a trimmed line is, without regard to its neighbours. */
export function shapeOf(trimmed: string): LineShape {
  if (trimmed === '') return { kind: 'blank' };
  if (SEPARATOR.test(trimmed)) return { kind: 'separator' };
  if (isSummaryHeading(trimmed)) return { kind: 'summaryHeading' };
  const numbered = NUMBERED.exec(trimmed);
  const [head, ...tail] = numbered?.[1]?.split('.').map(Number) ?? [];
  const rest = numbered?.[2];
  if (head !== undefined && rest !== undefined) {
    return { kind: 'numbered', path: [head, ...tail], rest: rest.trim() };
  }
  return { kind: 'text' };
}

/** Whether a trimmed line is a summary heading in one of the supported languages. */
export function isSummaryHeading(trimmed: string): boolean {
  return SUMMARY_HEADING.test(trimmed.replace(BIDI_MARKS, '').trim().normalize('NFC'));
}

/**
 * Index of the first line of the trailing footer (an underscore separator followed only by
 * URL lines and blanks), or `lines.length` when there is none. A separator with ordinary
 * text after it (a footnote rule, say) is not a footer and is kept.
 */
export function findFooterStart(lines: readonly string[]): number {
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const trimmed = trimLine(lines[index] ?? '');
    if (trimmed === '' || isFooterUrlLine(trimmed)) continue;
    return SEPARATOR.test(trimmed) ? index : lines.length;
  }
  return lines.length;
}

function isFooterUrlLine(trimmed: string): boolean {
  const tokens = trimmed.split(/\s+/u);
  return tokens.some((token) => URL_TOKEN.test(token)) && tokens.every((token) => URL_TOKEN.test(token) || DECORATION_TOKEN.test(token));
}

// Scripts written without spaces between words, so a wrapped line joins without one.
// Hangul is left out on purpose: Korean separates words with spaces.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;

/** Joins the wrapped lines of one logical line: no space next to CJK characters, one space otherwise. */
export function joinWrappedLines(lines: readonly string[]): string {
  let joined = '';
  for (const line of lines) {
    if (joined === '') {
      joined = line;
      continue;
    }
    const before = Array.from(joined).at(-1) ?? '';
    const after = Array.from(line)[0] ?? '';
    joined += UNSPACED_SCRIPT.test(before) || UNSPACED_SCRIPT.test(after) ? line : ` ${line}`;
  }
  return joined;
}

/** Formats a numeric path the way it is printed and used in unit ids: "4", "4.3", "4.3.1". */
export function formatNumber(path: readonly number[]): string {
  return path.join('.');
}
