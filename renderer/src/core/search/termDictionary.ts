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

  private lookUp(probe: string): Int32Array | null {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.terms[middle]! < probe) low = middle + 1;
      else high = middle;
    }
    const lists: Int32Array[] = [];
    for (let i = low; i < this.terms.length && this.terms[i]!.startsWith(probe); i++) {
      if (lists.length === maxTermsPerProbe) return null;
      const posting = this.postingOf(this.terms[i]!);
      if (posting) lists.push(decodePostings(posting[textField]));
    }
    return lists.length === 0 ? new Int32Array(0) : unionPostings(lists);
  }
}
