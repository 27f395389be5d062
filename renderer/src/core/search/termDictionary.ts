/**
 * One segment's terms and their packed postings, as two parallel arrays sorted by term (the
 * order lunr writes its inverted index in). Prefix look-up is a binary search over the sorted
 * terms; lunr's TokenSet intersection instead walks the root node, which on a CJK corpus has
 * thousands of edges, for every query term. No Map of terms is built at load: binary search
 * answers the exact look-ups too, and a Map of 100,000 terms costs more to build than a session's
 * queries save.
 */
import { decodePostings, unionPostings } from './postings';

const maxCachedProbes = 256;

/** The terms `[low, high)` of a dictionary that start with a probe. */
export interface TermRange {
  readonly low: number;
  readonly high: number;
}

export class TermDictionary {
  private readonly cache = new Map<string, Int32Array>();

  /**
   * @param terms every indexed term, sorted by UTF-16 code units
   * @param packed `packed[i]` is the packed posting (postings.ts) of `terms[i]`
   */
  constructor(
    readonly terms: readonly string[],
    readonly packed: readonly string[],
  ) {}

  /** The terms that start with `probe`, stopping after `limit` of them (so a range longer than `limit` means "too many"). */
  prefixRange(probe: string, limit: number): TermRange {
    const low = this.firstAtOrAfter(probe);
    let high = low;
    while (high < this.terms.length && high - low <= limit && this.terms[high]!.startsWith(probe)) high++;
    return { low, high };
  }

  /** Units (local numbers, ascending) with a term in the range found for `probe`; cached per probe. */
  unitsIn(probe: string, range: TermRange): Int32Array {
    const cached = this.cache.get(probe);
    if (cached !== undefined) {
      // Re-insert so the map's order is least recently used first.
      this.cache.delete(probe);
      this.cache.set(probe, cached);
      return cached;
    }
    const lists: Int32Array[] = [];
    for (let i = range.low; i < range.high; i++) lists.push(decodePostings(this.packed[i]!));
    const units = lists.length === 0 ? new Int32Array(0) : unionPostings(lists);
    this.cache.set(probe, units);
    if (this.cache.size > maxCachedProbes) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    return units;
  }

  /** Units indexed under exactly this term (a word-form term), ascending. */
  unitsForTerm(term: string): Int32Array {
    const i = this.firstAtOrAfter(term);
    return this.terms[i] === term ? decodePostings(this.packed[i]!) : new Int32Array(0);
  }

  /** The languages that have word-form terms (`~en:…`, `~fr:…`) in the index. */
  wordFormLanguages(marker: string): string[] {
    const languages: string[] = [];
    let low = this.firstAtOrAfter(marker);
    while (low < this.terms.length && this.terms[low]!.startsWith(marker)) {
      const language = this.terms[low]!.slice(marker.length, this.terms[low]!.indexOf(':'));
      languages.push(language);
      low = this.firstAtOrAfter(`${marker}${language};`);
    }
    return languages;
  }

  private firstAtOrAfter(probe: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.terms[middle]! < probe) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
