/**
 * The characters that begin the most terms of a library, as a delegate's first keystroke types
 * them. A query of one character is the broadest a delegate types, and the first of every search:
 * at 10,000 reports `S` or `国` is a candidate in a third of the units, and took the search worker
 * the longest of the UI benchmark's 41 keystrokes. These are the ones whose results the search
 * worker makes ahead, once the library is in (ui/search/firstKeyResults.ts).
 *
 * Counted in a sample of the library's texts, normalised as queries are: per character, the texts
 * in which it begins a word of a spaced script (Latin, Cyrillic, Arabic, digits) or stands in a run
 * of an unspaced one (Chinese: every character begins a bigram). Each kind has its own quota, as a
 * library in several languages is typed in each.
 */
import { normalizeForSearch } from '../text/normalize';
import { classifyChar, type CharClass } from './scripts';

/** The `perKind` broadest characters of each kind of script in `texts`, broadest first (ties in the order met, a spaced script first). */
export function broadestFirstCharacters(texts: readonly string[], perKind: number): string[] {
  const textCounts = new Map<string, number>();
  for (const text of texts) {
    const begun = new Set<string>();
    let previous: CharClass = 'other';
    for (const char of normalizeForSearch(text)) {
      const charClass = classifyChar(char);
      if (charClass === 'unspaced' || (charClass === 'word' && previous !== 'word')) begun.add(char);
      previous = charClass;
    }
    for (const char of begun) textCounts.set(char, (textCounts.get(char) ?? 0) + 1);
  }
  const byBreadth = [...textCounts].sort((a, b) => b[1] - a[1]);
  const ofKind = (kind: 'word' | 'unspaced'): Array<[string, number]> => byBreadth.filter(([char]) => classifyChar(char) === kind).slice(0, perKind);
  return [...ofKind('word'), ...ofKind('unspaced')].sort((a, b) => b[1] - a[1]).map(([char]) => char);
}
