/**
 * Dictionary matching of known names (countries, cities, organisations) in a text: leftmost
 * longest, whole words for alphabetic scripts, exact case (proper nouns and acronyms are
 * capitalised, which keeps `US` from matching `us`). Two allowances for how names are printed:
 * - Arabic attaches proclitics to a name (`وجنيف` "and Geneva", `بالصين` "in China");
 * - Russian declines names (`в Софии`, `России`): a one-word Cyrillic name marked `isDeclined`
 *   also matches its stem followed by up to three letters of ending.
 */
import { leftmostLongest } from './textScan';

/** One name of one entry; `value` says what it names (undefined: a blocker that hides shorter names). */
export interface LexiconName<T> {
  readonly name: string;
  readonly value: T | undefined;
  /** A Russian name that is declined in text. */
  readonly isDeclined?: boolean;
}

const arabicProclitics = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك']);
const maxEnding = 3;

function isAlphabetic(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(char);
}

function isArabic(char: string | undefined): boolean {
  return char !== undefined && /\p{Script=Arabic}/u.test(char);
}

function isCyrillic(char: string | undefined): boolean {
  return char !== undefined && /\p{Script=Cyrillic}/u.test(char);
}

/** True when [start, end) is not glued to a letter or digit of an alphabetic script, proclitics aside. */
function hasWordBoundaries(text: string, start: number, end: number): boolean {
  if (isAlphabetic(text[start]) && isAlphabetic(text[start - 1])) {
    if (!isArabic(text[start])) return false;
    let wordStart = start;
    while (wordStart > 0 && isArabic(text[wordStart - 1])) wordStart--;
    if (!arabicProclitics.has(text.slice(wordStart, start))) return false;
  }
  return !(isAlphabetic(text[end - 1]) && isAlphabetic(text[end]));
}

/** The stem of a declined Russian name: without a final vowel or soft sign (`Софи` for `София`). */
function russianStem(name: string): string | undefined {
  if (name.includes(' ') || !isCyrillic(name[0])) return undefined;
  const stem = name.replace(/[аяйьоеыи]$/u, '');
  return stem.length >= 4 ? stem : undefined;
}

function declinedEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at < maxEnding + 1 && isCyrillic(text[end])) end++;
  return end - at <= maxEnding ? end : -1;
}

/**
 * Names indexed by their first two UTF-16 units (one for a one-unit name), longest first. Two,
 * because Arabic names mostly start with the article ال: by first letter alone, every alef of
 * an Arabic text would try hundreds of names.
 */
export interface Lexicon<T> {
  readonly byPrefix: ReadonlyMap<string, readonly LexiconName<T>[]>;
  /**
   * 1 at the UTF-16 units some name starts with: findNames skips every other position without
   * building its prefix (most characters of a text start no name, and that look-up was most
   * of the time of entity extraction on a long document).
   */
  readonly firstUnits: Uint8Array;
}

const prefixLength = 2;

/** A name found in a text. */
export interface LexiconMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

/** Builds a lexicon; names are matched as given (callers fold width first). */
export function buildLexicon<T>(names: Iterable<LexiconName<T>>): Lexicon<T> {
  const byPrefix = new Map<string, LexiconName<T>[]>();
  const firstUnits = new Uint8Array(0x10000);
  const seen = new Set<string>();
  for (const given of names) {
    const stem = given.isDeclined === true ? russianStem(given.name) : undefined;
    const entry = stem === undefined ? { name: given.name, value: given.value } : { name: stem, value: given.value, isDeclined: true };
    const first = entry.name.slice(0, prefixLength);
    if (first === '' || seen.has(entry.name)) continue;
    seen.add(entry.name);
    firstUnits[entry.name.charCodeAt(0)] = 1;
    const list = byPrefix.get(first) ?? [];
    list.push(entry);
    byPrefix.set(first, list);
  }
  for (const list of byPrefix.values()) list.sort((a, b) => b.name.length - a.name.length);
  return { byPrefix, firstUnits };
}

function firstMatch<T>(list: readonly LexiconName<T>[], text: string, i: number): { start: number; end: number; value: T | undefined } | undefined {
  for (const entry of list) {
    if (!text.startsWith(entry.name, i)) continue;
    const end = entry.isDeclined === true ? declinedEnd(text, i + entry.name.length) : i + entry.name.length;
    if (end < 0 || !hasWordBoundaries(text, i, end)) continue;
    return { start: i, end, value: entry.value };
  }
  return undefined;
}

/** Every name of the lexicon in the text, leftmost longest; blockers hide what they cover. */
export function findNames<T>(lexicon: Lexicon<T>, text: string): LexiconMatch<T>[] {
  const candidates: Array<{ start: number; end: number; value: T | undefined }> = [];
  for (let i = 0; i < text.length; i++) {
    if (lexicon.firstUnits[text.charCodeAt(i)] === 0) continue;
    // Longest first across both lists: a two-unit prefix's names, then one-unit names.
    const lists = [lexicon.byPrefix.get(text.slice(i, i + prefixLength)), lexicon.byPrefix.get(text[i] ?? '')];
    for (const list of lists) {
      const match = list === undefined ? undefined : firstMatch(list, text, i);
      if (match === undefined) continue;
      candidates.push(match);
      break;
    }
  }
  const found: LexiconMatch<T>[] = [];
  for (const match of leftmostLongest(candidates)) {
    if (match.value !== undefined) found.push({ start: match.start, end: match.end, value: match.value });
  }
  return found;
}
