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
import { foldWidth, leftmostLongest, spanOf } from './textScan';
import type { DateInText, DateRange } from './types';

const allPatterns: readonly DatePattern[] = [...chineseDatePatterns, ...englishDatePatterns];

const OPENING = '(';
const CLOSING = ')';

/** The content of the innermost bracket pair around [start, end) of width-folded text, if any. */
function enclosingBracket(folded: string, start: number, end: number): string | undefined {
  let depth = 0;
  let open = -1;
  for (let i = start - 1; i >= 0; i--) {
    const char = folded[i];
    if (char === CLOSING) depth++;
    else if (char === OPENING) {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return undefined;
  const close = folded.indexOf(CLOSING, end);
  return close < 0 ? undefined : folded.slice(open + 1, close);
}

function isRevisionNote(bracketContent: string | undefined): boolean {
  return bracketContent !== undefined && /修订|Rev\.|[Rr]evised/u.test(bracketContent);
}

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
    .filter((candidate) => !(candidate.range.precision === 'year' && isRevisionNote(enclosingBracket(folded, candidate.start, candidate.end))))
    .map(({ start, end, range }) => ({ ...range, span: spanOf(text, start, end) }));
}
