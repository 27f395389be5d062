/**
 * Dates and date ranges in a text, in the six UN languages' forms, as ISO day ranges with a
 * precision. Decisions: a year range (`2015-2016年`) is 1 January of the first year to
 * 31 December of the last, precision `year`; a month is its first to last day, precision
 * `month`; `年底` / `end of` is December of that year, precision `approximate`. A year inside a
 * revision note (`第130号决议（2014年，釜山，修订版）`, `(Rev. Busan, 2014)`) belongs to the
 * resolution's identifier, not to an activity, so it is not a date.
 */
import { dayRange } from './calendar';
import { chineseDatePatterns } from './chineseDates';
import { type DatePattern, groupsOf } from './datePattern';
import { englishDatePatterns } from './englishDates';
import { monthNameDatePatterns } from './monthNameDates';
import { isInRevisionNote } from './revisionNotes';
import { foldWidth, leftmostLongest, spanOf } from './textScan';
import type { DateInText, DateRange } from './types';

const allPatterns: readonly DatePattern[] = [...chineseDatePatterns, ...englishDatePatterns, ...monthNameDatePatterns];

// `7月1日` or `7月4-8日` printed without a year, after a date that had one (`2016年6月27日和7月1日`).
const yearlessDay = /(?<![\d年.])(\d{1,2})月(\d{1,2})日?(?:\s*(?:-|–|—|~|至|到)\s*(\d{1,2})日)?(?!\d)/gu;

/** Month-day dates without a year, dated by the year of the nearest earlier date in the same text. */
function yearlessDates(folded: string, dated: ReadonlyArray<{ start: number; end: number; range: DateRange }>): Array<{ start: number; end: number; range: DateRange }> {
  const found: Array<{ start: number; end: number; range: DateRange }> = [];
  for (const match of folded.matchAll(yearlessDay)) {
    const start = match.index;
    const end = start + match[0].length;
    // `7月4` alone is not a date: a day needs its `日`.
    if (!match[0].includes('日') || dated.some((date) => start < date.end && date.start < end)) continue;
    const previous = dated.filter((date) => date.end <= start).at(-1);
    if (previous === undefined) continue;
    const year = Number(previous.range.start.slice(0, 4));
    const month = Number(match[1]);
    const day = Number(match[2]);
    const range = dayRange([year, month, day], [year, month, match[3] === undefined ? day : Number(match[3])]);
    if (range !== undefined) found.push({ start, end, range });
  }
  return found;
}

/**
 * A year as every pattern writes it (`(?:19|20)\d{2}`). A text without one has no date: each
 * pattern needs a year, and a month-day without one is dated by an earlier match. Most
 * paragraphs print no year, and running the dozens of patterns over them was most of the
 * time of date extraction.
 */
const anyYear = /(?:19|20)\d{2}/u;

/** Every date in a text, leftmost longest, in text order; offsets are the text's UTF-16 offsets. */
export function extractDates(text: string): DateInText[] {
  const folded = foldWidth(text);
  if (!anyYear.test(folded)) return [];
  const candidates: Array<{ start: number; end: number; range: DateRange }> = [];
  for (const { regex, build } of allPatterns) {
    for (const match of folded.matchAll(regex)) {
      const range = build(groupsOf(match));
      if (range === undefined) continue;
      candidates.push({ start: match.index, end: match.index + match[0].length, range });
    }
  }
  const dated = leftmostLongest(candidates);
  return leftmostLongest([...dated, ...yearlessDates(folded, dated)])
    .filter((candidate) => !(candidate.range.precision === 'year' && isInRevisionNote(folded, candidate.start, candidate.end)))
    .map(({ start, end, range }) => ({ ...range, span: spanOf(text, start, end) }));
}
