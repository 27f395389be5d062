/**
 * Page furniture: what a word processor or PDF printed on every page rather than in the text.
 * Running heads (`- 2 -`, `C17/18-E`), page numbers, file paths and job numbers, and the
 * trailing footer (a rule followed by the web site's address). The plain-text reader drops these.
 */
import { isBareSymbolLine } from './documentSymbol';

const DASHED_PAGE_NUMBER = /^[-–—]\s*[0-9\u0660-\u0669]{1,4}\s*[-–—]$/u;
const WORDED_PAGE_NUMBER =
  /^(?:page|página|pág\.|стр\.?|страница|الصفحة|صفحة|第)\s*[0-9\u0660-\u0669]{1,4}(?:\s*(?:of|sur|de|из|من|\/)\s*[0-9\u0660-\u0669]{1,4})?\s*页?$/iu;
const DIGITS_ONLY = /^[0-9\u0660-\u0669]{1,4}$/u;
// "P:\ENG\SG\CONSEIL\C17\000\018E.docx", "\\itu\dfs\...", "/home/…/c17-18.pdf", with a job number "(412345)" and date stamps.
const FILE_PATH = /(?:^|\s)(?:[A-Z]:\\|\\\\)\S+|\S*[\\/]\S*\.(?:docx?|rtf|pdf|odt)\b/iu;
const JOB_STAMP = /^(?:\(\d{5,7}\)|\d{2}\.\d{2}\.\d{2,4})(?:\s+(?:\(\d{5,7}\)|\d{2}\.\d{2}\.\d{2,4}))*$/u;
const SEPARATOR = /^_{3,}$/u;
// The file name ITU stamps on its documents' first page: "S14-PP-C-0067!A1!MSW-A", "S18-CL-C-0035!!MSW-E".
const ITU_FILE_STAMP = /^[A-Z]\d{2}(?:-[A-Z0-9]+)+![A-Z0-9]*!MSW-[ACEFRS]$/u;
// What a running head may carry around its symbol: a page number glued before it ("2PP14/67-A", "2/83PP14/67-S"),
// the sector before it ("ITU-D/"), a page word and number after it ("الصفحة 2", "Page 2").
const HEAD_PREFIX = /^(?:[0-9]{1,3}(?:\/[0-9]{1,3})?(?=[A-Z])|ITU-[DRT]\/)/u;
const HEAD_PAGE_SUFFIX = /\s*(?:الصفحة|page|página|стр\.?)\s*[0-9\u0660-\u0669]{1,4}$/iu;
const URL_TOKEN = /^(?:https?:\/\/|www\.)\S+$/iu;
const DECORATION_TOKEN = /^[•·*|–-]+$/u;

export type FurnitureKind = 'page number' | 'running head' | 'file path';

/**
 * What kind of page furniture a trimmed line is, or undefined for text. `isAtPageEdge` says
 * whether a page break is next to the line: only there is a bare number a page number.
 */
export function furnitureOf(trimmed: string, isAtPageEdge: boolean): FurnitureKind | undefined {
  if (trimmed === '') return undefined;
  if (DASHED_PAGE_NUMBER.test(trimmed) || WORDED_PAGE_NUMBER.test(trimmed)) return 'page number';
  if (isAtPageEdge && DIGITS_ONLY.test(trimmed)) return 'page number';
  if (isRunningHead(trimmed)) return 'running head';
  if (FILE_PATH.test(trimmed) && trimmed.split(/\s+/u).length <= 6) return 'file path';
  if (ITU_FILE_STAMP.test(trimmed)) return 'file path';
  if (JOB_STAMP.test(trimmed)) return 'file path';
  return undefined;
}

/** Whether a line is a running head: the document's symbol alone, with the page number and page words that may surround it. */
export function isRunningHead(trimmed: string): boolean {
  if (isBareSymbolLine(trimmed)) return true;
  // "C17/18-E - 2 -", "- 2 - C17/18-E", "21PP18/42-A", "ITU-D/RPM-ARB17/10(Rev.2)-Aالصفحة 2"
  const bare = trimmed
    .replace(/(?:^|\s)[-–—]\s*\d{1,4}\s*[-–—](?:\s|$)/u, ' ')
    .trim()
    .replace(HEAD_PREFIX, '')
    .replace(HEAD_PAGE_SUFFIX, '');
  return bare !== trimmed && isBareSymbolLine(bare);
}

/**
 * Index of the first line of the trailing footer (an underscore separator followed only by
 * URL lines and blanks), or `lines.length` when there is none. A separator with ordinary
 * text after it (a footnote rule, say) is not a footer and is kept.
 */
export function findFooterStart(lines: readonly string[]): number {
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const trimmed = (lines[index] ?? '').trim();
    if (trimmed === '' || isFooterUrlLine(trimmed)) continue;
    return SEPARATOR.test(trimmed) ? index : lines.length;
  }
  return lines.length;
}

/** Whether a line holds nothing but URLs and decoration (the council site's address between bullets). */
export function isFooterUrlLine(trimmed: string): boolean {
  // Token by token: one regex over the whole line backtracks exponentially.
  const tokens = trimmed.split(/\s+/u);
  return tokens.some((token) => URL_TOKEN.test(token)) && tokens.every((token) => URL_TOKEN.test(token) || DECORATION_TOKEN.test(token));
}
