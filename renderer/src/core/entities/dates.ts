/**
 * Dates and date ranges in a text, Chinese and English forms, as ISO day ranges with a
 * precision. Decisions: a year range (`2015-2016年`) is 1 January of the first year to
 * 31 December of the last, precision `year`; a month is its first to last day, precision
 * `month`; `年底` / `end of` is December of that year, precision `approximate`. A year inside a
 * revision note (`第130号决议（2014年，釜山，修订版）`, `(Rev. Busan, 2014)`) belongs to the
 * resolution's identifier, not to an activity, so it is not a date.
 */
import { chineseDatePatterns } from './chineseDates';
import { type DatePattern, groupsOf } from './datePattern';
import { englishDatePatterns } from './englishDates';
import { isInRevisionNote } from './revisionNotes';
import { foldWidth, leftmostLongest, spanOf } from './textScan';
import type { DateInText, DateRange } from './types';

const allPatterns: readonly DatePattern[] = [...chineseDatePatterns, ...englishDatePatterns];

/** Every date in a text, leftmost longest, in text order; offsets are the text's UTF-16 offsets. */
export function extractDates(text: string): DateInText[] {
  const folded = foldWidth(text);
  const candidates: Array<{ start: number; end: number; range: DateRange }> = [];
  for (const { regex, build } of allPatterns) {
    for (const match of folded.matchAll(regex)) {
      const range = build(groupsOf(match));
      if (range === undefined) continue;
      candidates.push({ start: match.index, end: match.index + match[0].length, range });
    }
  }
  return leftmostLongest(candidates)
    .filter((candidate) => !(candidate.range.precision === 'year' && isInRevisionNote(folded, candidate.start, candidate.end)))
    .map(({ start, end, range }) => ({ ...range, span: spanOf(text, start, end) }));
}
