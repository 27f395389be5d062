import { formatNumber, type NumberPath } from './labels';

/**
 * Whether a numbered line really starts a section or paragraph. Report text is full of
 * lines that begin with a number ("2016 was…", "16.2 million…"), so a number is only
 * believed when it continues the numbering seen so far.
 */
export interface NumberVerdict {
  readonly isAccepted: boolean;
  /** Set when the number looks like a gap in the numbering, so the user can check the source. */
  readonly warning?: string;
}

// Documents start their sections at 1 (sometimes 0, or later in an excerpt); a first
// "section" numbered 2016 is a year at the start of a sentence.
const MAX_FIRST_SECTION = 20;

// How many missing numbers still look like a gap in the numbering rather than a number
// that merely happens to start a line.
const MAX_GAP = 2;

// Paragraphs go deep in real documents (4.3.2.1.1.2); past eight levels it is not a paragraph number.
const MAX_PARAGRAPH_DEPTH = 8;

// A number may open at most this many levels below the previous one at once ("4.3" → "4.3.1.1"
// with a warning); "4.3" → "4.3.1.1.1" is something else, say a version number starting a line.
const MAX_LEVELS_OPENED = 2;

/** Judges a one-level number `n` as the next section heading after section `previous`. */
export function judgeSection(n: number, previous: number | undefined): NumberVerdict {
  if (!Number.isSafeInteger(n)) return { isAccepted: false };
  if (previous === undefined) return { isAccepted: n <= MAX_FIRST_SECTION };
  const expected = previous + 1;
  if (n === expected) return { isAccepted: true };
  if (n > expected && n <= expected + MAX_GAP) {
    return {
      isAccepted: false,
      warning: `"${n}" looks like a section number but section ${expected} was expected; kept as text`,
    };
  }
  return { isAccepted: false };
}

/**
 * Judges a one-level number printed right under a heading that has none ("Typed numbers" over "5"):
 * the heading vouches for a new start, so a number further on than a gap is believed (up to
 * MAX_FIRST_SECTION on), with a warning naming the numbers that seem to be missing.
 */
export function judgeSectionUnderHeading(n: number, previous: number | undefined): NumberVerdict {
  const plain = judgeSection(n, previous);
  if (plain.isAccepted || previous === undefined || !Number.isSafeInteger(n) || n <= previous + 1 || n > previous + MAX_FIRST_SECTION) return plain;
  const missing = n === previous + 2 ? String(previous + 1) : `${previous + 1} to ${n - 1}`;
  return { isAccepted: true, warning: `section ${n} follows section ${previous} under a heading; ${missing} seem${n === previous + 2 ? 's' : ''} to be missing` };
}

/**
 * Judges a multi-level number as the next paragraph of `section`, after the paragraph
 * numbered `previous` (undefined for the section's first paragraph). Small gaps are
 * accepted with a warning, since a missing paragraph is likelier than a line that starts
 * with a nearby number.
 */
export function judgeParagraph(path: NumberPath, section: number, previous: NumberPath | undefined): NumberVerdict {
  const label = formatNumber(path);
  if (path.length > MAX_PARAGRAPH_DEPTH || !path.every(Number.isSafeInteger)) return { isAccepted: false };
  const [head, ...rest] = path;
  if (head !== section) {
    if (head > section && head <= section + 1 + MAX_GAP) {
      return {
        isAccepted: false,
        warning: `"${label}" looks like a paragraph number but section ${head} has not started; kept as text`,
      };
    }
    return { isAccepted: false };
  }
  const last = previous === undefined ? [] : previous.slice(1);
  const shared = sharedPrefixLength(rest, last);
  // A prefix of the previous number ("4.3" after "4.3.1") or the same number again would
  // go backwards and clash with an existing unit id.
  if (shared === rest.length) return { isAccepted: false };
  const changed = rest[shared] ?? 0;
  const start = shared < last.length ? (last[shared] ?? 0) + 1 : 1;
  const deeper = rest.slice(shared + 1);
  const isInRange = (value: number, first: number): boolean => value >= first && value <= first + MAX_GAP;
  if (deeper.length >= MAX_LEVELS_OPENED || !isInRange(changed, start) || !deeper.every((value) => isInRange(value, 1))) {
    return { isAccepted: false };
  }
  if (changed === start && deeper.length === 0) return { isAccepted: true };
  const expected = formatNumber([section, ...last.slice(0, shared), start]);
  return {
    isAccepted: true,
    warning: `paragraph ${label} follows ${previous === undefined ? `section ${section}` : formatNumber(previous)}; ${expected} seems to be missing`,
  };
}

/**
 * Whether a number is the first paragraph of the section after `section` ("2.1" in section 1): the
 * section's heading was lost (a heading that was a link on a web page, a line that fell off a page).
 */
export function isFirstOfNextSection(path: NumberPath, section: number): boolean {
  return path.length === 2 && path[0] === section + 1 && path[1] === 1;
}

function sharedPrefixLength(a: readonly number[], b: readonly number[]): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}
