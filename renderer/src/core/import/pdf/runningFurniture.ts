import type { PageLine } from './pageLines';

/** A page's height, for telling its margins from its body. */
export interface PageBox {
  readonly page: number;
  readonly height: number;
}

// Running heads and footers sit in the top and bottom margins; body text rarely does.
const MARGIN_SHARE = 0.12;
// Lines repeated at one place on at least this share of the pages are running text.
const REPEATED_SHARE = 0.5;
// Page numbers as printed: "3", "- 3 -", "– 3 –", "Page 3", "3/12", "Page 3 of 12", "第 3 页".
const PAGE_NUMBER = /^(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|(?:page|página|страница|第)\s*\d{1,4}(?:\s*(?:of|de|из|\/)\s*\d{1,4})?\s*页?|\d{1,4}\s*\/\s*\d{1,4})$/iu;

/** Drops running heads, running footers and page numbers: lines in a page margin that repeat across pages, or read as a page number. */
export function removeRunningFurniture(lines: readonly PageLine[], pages: readonly PageBox[]): { lines: PageLine[]; removed: number } {
  const heights = new Map(pages.map((page) => [page.page, page.height]));
  const inMargin = (line: PageLine): boolean => {
    const height = heights.get(line.page) ?? 0;
    return line.y > height * (1 - MARGIN_SHARE) || line.y < height * MARGIN_SHARE;
  };
  // Digits vary from page to page ("C17/18-E" does not, "- 3 -" does), so they are ignored when comparing.
  const keyOf = (line: PageLine): string => `${Math.round(line.y / 3)}|${line.text.replace(/\d+/gu, '#').replace(/\s+/gu, ' ')}`;
  const pagesByKey = new Map<string, Set<number>>();
  for (const line of lines) {
    if (!inMargin(line)) continue;
    const key = keyOf(line);
    const set = pagesByKey.get(key) ?? new Set<number>();
    set.add(line.page);
    pagesByKey.set(key, set);
  }
  const minimumPages = Math.max(2, Math.ceil(pages.length * REPEATED_SHARE));
  const kept = lines.filter((line) => {
    if (!inMargin(line)) return true;
    if (PAGE_NUMBER.test(line.text)) return false;
    return (pagesByKey.get(keyOf(line))?.size ?? 0) < minimumPages;
  });
  return { lines: kept, removed: lines.length - kept.length };
}
