/**
 * Finds the units behind a probe: every indexed term that starts with the probe, read from
 * the postings lunr loaded. Prefix look-up is a binary search over the sorted term list;
 * lunr's TokenSet intersection instead walks the root node, which on a CJK corpus has
 * thousands of edges, for every query term.
 */
import { decodePostings, unionPostings } from './postings';
import { textField, type PackedPosting } from './searchIndexFormat';

/** More distinct terms than this behind one probe (`a`, `1`): cheaper to scan the units. */
const maxTermsPerProbe = 400;
const maxCachedProbes = 512;

export class TermDictionary {
  private readonly cache = new Map<string, Int32Array | null>();

  /**
   * @param terms every indexed term, sorted by UTF-16 code units
   * @param postingOf the packed posting of a term
   */
  constructor(
    private readonly terms: readonly string[],
    private readonly postingOf: (term: string) => PackedPosting | undefined,
  ) {}

  /** Units with a term that starts with `probe`, ascending; null when too many terms match (scan instead). */
  unitsFor(probe: string): Int32Array | null {
    const cached = this.cache.get(probe);
    if (cached !== undefined || this.cache.has(probe)) {
      // Re-insert so the map's order is least recently used first.
      this.cache.delete(probe);
      this.cache.set(probe, cached ?? null);
      return cached ?? null;
    }
    const units = this.lookUp(probe);
    this.cache.set(probe, units);
    if (this.cache.size > maxCachedProbes) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    return units;
  }

  /** Units indexed under exactly this term (a word-form term), ascending. */
  unitsForTerm(term: string): Int32Array {
    const posting = this.postingOf(term);
    return posting ? decodePostings(posting[textField]) : new Int32Array(0);
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

  private lookUp(probe: string): Int32Array | null {
    const low = this.firstAtOrAfter(probe);
    const lists: Int32Array[] = [];
    for (let i = low; i < this.terms.length && this.terms[i]!.startsWith(probe); i++) {
      if (lists.length === maxTermsPerProbe) return null;
      const posting = this.postingOf(this.terms[i]!);
      if (posting) lists.push(decodePostings(posting[textField]));
    }
    return lists.length === 0 ? new Int32Array(0) : unionPostings(lists);
  }
}
