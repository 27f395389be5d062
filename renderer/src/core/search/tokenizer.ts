/**
 * The one tokeniser, used to build the index and to probe it. Text must already be
 * normalised (normalizeForSearch).
 *
 * Index terms are chosen so that any substring a user may type is found by prefix look-ups:
 * - a run of an unspaced script (Chinese…) gives its character bigrams plus its last
 *   character alone, so every character starts some term;
 * - a word run (Latin, Cyrillic, digits…) gives all its suffixes, so a query that starts
 *   inside a word (`16` in `2016`) is the prefix of one of them;
 * - identifiers joined by `-` `.` or a space (`SG-17`, `X.509`, `SG 17`) also give their
 *   joined form (`sg17`, `x509`) and its suffixes, so people can type them without punctuation;
 * - Latin accents are stripped from these terms and from probes (`coopération` is indexed as
 *   `cooperation`): verification then tells the accented text apart, ranking it higher;
 * - a word in a language with word forms also gives its word-form term (wordForms.ts).
 * A query is probed run by run (see queryProbes): each probe must be the prefix of some term of
 * a matching unit. Candidates are then verified against the unit text, so the index only has to
 * be a superset of the true matches, never exact.
 */
import { stripAccents } from '../text/accents';
import { classifyChar, isDigit, type CharClass } from './scripts';
import { indexLanguageOf, wordFormTerm } from './wordForms';

/** Longest term kept, in code points; longer suffixes are cut (a query probe is cut the same way). */
export const maxTermLength = 24;

/** A maximal run of characters of one class. */
export interface Run {
  readonly kind: Exclude<CharClass, 'other'>;
  /** The run's code points. */
  readonly chars: readonly string[];
  /** UTF-16 offset of the run in the text. */
  readonly start: number;
  readonly end: number;
}

/** Splits normalised text into runs of unspaced-script characters and of word characters. */
export function segmentRuns(text: string): Run[] {
  const runs: Run[] = [];
  let chars: string[] = [];
  let kind: CharClass = 'other';
  let start = 0;
  let offset = 0;
  for (const char of text) {
    const charClass = classifyChar(char);
    if (charClass !== kind) {
      if (kind !== 'other') runs.push({ kind, chars, start, end: offset });
      chars = [];
      kind = charClass;
      start = offset;
    }
    if (charClass !== 'other') chars.push(char);
    offset += char.length;
  }
  if (kind !== 'other') runs.push({ kind, chars, start, end: offset });
  return runs;
}

/**
 * Adds every suffix of the run, each cut to maxTermLength code points. The run is joined once
 * and each suffix sliced from it, by the UTF-16 offset of each code point: a join per suffix
 * was the tokeniser's hottest line when a document is indexed.
 */
function addSuffixes(chars: readonly string[], terms: Set<string>): void {
  const word = chars.join('');
  const count = chars.length;
  if (word.length === count) {
    // One UTF-16 unit per code point (no astral characters): offsets are indices.
    for (let i = 0; i < count; i++) terms.add(word.slice(i, i + maxTermLength));
    return;
  }
  const offsets = new Array<number>(count + 1);
  offsets[0] = 0;
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + chars[i]!.length;
  for (let i = 0; i < count; i++) terms.add(word.slice(offsets[i], offsets[Math.min(i + maxTermLength, count)]));
}

/** Separators that may sit inside an identifier: `SG-17`, `X.509`, `SG 17`. */
function isJoinable(separator: string, before: Run, after: Run): boolean {
  if (before.kind !== 'word' || after.kind !== 'word') return false;
  const lastBefore = before.chars[before.chars.length - 1];
  const firstAfter = after.chars[0];
  // Between two numbers these mean ranges and decimals (27-28, 16.2), not one identifier.
  if (isDigit(lastBefore) && isDigit(firstAfter)) return false;
  if (separator === '-' || separator === '.') return true;
  // `SG 17`, `Q 3`: letters then a number, the way people write study groups and questions.
  return /^\s$/u.test(separator) && !isDigit(lastBefore) && isDigit(firstAfter);
}

function addWordForm(chars: readonly string[], unitLanguage: string | undefined, terms: Set<string>): void {
  const word = chars.join('');
  const language = indexLanguageOf(word, unitLanguage);
  if (language !== undefined) terms.add(wordFormTerm(word, language));
}

/**
 * Every term under which a normalised text is indexed.
 * @param language the unit's language (ReportMeta.language), which picks the stemmer of its words
 */
export function indexTerms(text: string, language?: string): Set<string> {
  const terms = new Set<string>();
  const exactRuns = segmentRuns(text);
  for (const run of exactRuns) if (run.kind === 'word') addWordForm(run.chars, language, terms);
  const plain = stripAccents(text);
  const runs = plain === text ? exactRuns : segmentRuns(plain);
  // The identifier being joined, and how many runs it spans so far.
  let joined: string[] = [];
  let joinedRuns = 0;
  let previous: Run | undefined;
  for (const run of runs) {
    if (run.kind === 'unspaced') {
      for (let i = 0; i + 1 < run.chars.length; i++) terms.add(run.chars[i]! + run.chars[i + 1]!);
      terms.add(run.chars[run.chars.length - 1]!);
    } else {
      addSuffixes(run.chars, terms);
    }
    const separator = previous ? plain.slice(previous.end, run.start) : '';
    if (previous && separator.length === 1 && isJoinable(separator, previous, run)) {
      joined.push(...run.chars);
      joinedRuns++;
    } else {
      if (joinedRuns > 1) addSuffixes(joined, terms);
      joined = [...run.chars];
      joinedRuns = 1;
    }
    previous = run;
  }
  if (joinedRuns > 1) addSuffixes(joined, terms);
  return terms;
}

/**
 * Whether a unit that holds `before` then `after` as the query writes them, or as folding
 * equates them (fold.ts: `X.5`, `X-5`, `X 5`, `X5`), always has them joined in one index term:
 * letters then a number across a `-`, a `.` or one space, all of which indexTerms joins
 * (isJoinable). Not letters then letters (`ITU T` folds as `ITU-T` does, but is not joined) nor
 * a number then letters (`17 a`).
 */
function isAlwaysJoined(text: string, before: Run, after: Run): boolean {
  if (isDigit(before.chars[before.chars.length - 1]) || !isDigit(after.chars[0])) return false;
  const separator = text.slice(before.end, after.start);
  return separator.length === 1 && isJoinable(separator, before, after);
}

/**
 * The probes for one piece of normalised query text. A unit whose text contains the piece
 * has, for every probe, an index term that starts with it. Empty when the piece has no
 * letters or digits (the caller then scans). Letters followed by a number (`X.5`, `SG-17`,
 * `SG 17`) are one probe, their joined form (`x5`, `sg17`): the index joins them in every unit
 * that holds them, and the number alone (`5`) starts a term in most units. At 10,000 reports
 * `ITU-T X.5` was proposed 227,332 units (`x` and `5` apart) for 26,070 matches.
 */
export function queryProbes(text: string): string[] {
  const probes = new Set<string>();
  const plain = stripAccents(text);
  const runs = segmentRuns(plain);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.kind === 'unspaced' && run.chars.length > 1) {
      for (let i = 0; i + 1 < run.chars.length; i++) probes.add(run.chars[i]! + run.chars[i + 1]!);
      continue;
    }
    let chars = run.chars;
    for (let next = runs[r + 1]; next !== undefined && isAlwaysJoined(plain, runs[r]!, next); next = runs[r + 1]) {
      chars = [...chars, ...next.chars];
      r++;
    }
    probes.add(chars.slice(0, maxTermLength).join(''));
  }
  return [...probes];
}
