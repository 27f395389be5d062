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
  if (isBareSymbolLine(trimmed)) return 'running head';
  // A running head with its page number: "C17/18-E - 2 -", "- 2 - C17/18-E".
  const withoutPageNumber = trimmed.replace(/(?:^|\s)[-–—]\s*\d{1,4}\s*[-–—](?:\s|$)/u, ' ').trim();
  if (withoutPageNumber !== trimmed && isBareSymbolLine(withoutPageNumber)) return 'running head';
  if (FILE_PATH.test(trimmed) && trimmed.split(/\s+/u).length <= 6) return 'file path';
  if (JOB_STAMP.test(trimmed)) return 'file path';
  return undefined;
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
