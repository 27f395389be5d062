/**
 * Dictionary matching of known names (countries, cities, organisations) in a text: leftmost
 * longest, whole words for Latin names, exact case (proper nouns and acronyms are capitalised,
 * which keeps `US` from matching `us`).
 */
import { hasLatinBoundaries, leftmostLongest } from './textScan';

/** One name of one entry; `value` says what it names (undefined: a blocker that hides shorter names). */
export interface LexiconName<T> {
  readonly name: string;
  readonly value: T | undefined;
}

/** Names indexed by their first character, longest first. */
export interface Lexicon<T> {
  readonly byFirstChar: ReadonlyMap<string, readonly LexiconName<T>[]>;
}

/** A name found in a text. */
export interface LexiconMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

/** Builds a lexicon; names are matched as given (callers fold width first). */
export function buildLexicon<T>(names: Iterable<LexiconName<T>>): Lexicon<T> {
  const byFirstChar = new Map<string, LexiconName<T>[]>();
  const seen = new Set<string>();
  for (const entry of names) {
    const first = entry.name[0];
    if (first === undefined || seen.has(entry.name)) continue;
    seen.add(entry.name);
    const list = byFirstChar.get(first) ?? [];
    list.push(entry);
    byFirstChar.set(first, list);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.name.length - a.name.length);
  return { byFirstChar };
}

/** Every name of the lexicon in the text, leftmost longest; blockers hide what they cover. */
export function findNames<T>(lexicon: Lexicon<T>, text: string): LexiconMatch<T>[] {
  const candidates: Array<{ start: number; end: number; value: T | undefined }> = [];
  for (let i = 0; i < text.length; i++) {
    const list = lexicon.byFirstChar.get(text[i] ?? '');
    if (list === undefined) continue;
    for (const entry of list) {
      if (!text.startsWith(entry.name, i)) continue;
      const end = i + entry.name.length;
      if (!hasLatinBoundaries(text, i, end)) continue;
      candidates.push({ start: i, end, value: entry.value });
      break;
    }
  }
  const found: LexiconMatch<T>[] = [];
  for (const match of leftmostLongest(candidates)) {
    if (match.value !== undefined) found.push({ start: match.start, end: match.end, value: match.value });
  }
  return found;
}
