/**
 * Revision notes after a resolution, `（2014年，釜山，修订版）` or `(Rev. Busan, 2014)`: part of the
 * resolution's citation, so their year is not a date of an activity and their city not a place
 * where one happened (the city is still a mention of that city).
 */
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

/** True when [start, end) of width-folded text lies inside a revision note's brackets. */
export function isInRevisionNote(folded: string, start: number, end: number): boolean {
  return isRevisionNote(enclosingBracket(folded, start, end));
}
