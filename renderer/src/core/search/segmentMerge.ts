/**
 * Merging segments, as Lucene does: the merged segment is written from the segments' own
 * postings, with the live units renumbered in order and the deleted ones dropped. No text is
 * tokenised again, so a merge costs a walk over the postings, not a rebuild.
 */
import type { IndexedUnit } from './indexedUnit';
import { encodePostings } from './postings';
import type { SearchSegment } from './searchSegment';
import { TermDictionary } from './termDictionary';

/** A segment to merge and which of its units are still live. */
export interface MergeInput {
  readonly segment: SearchSegment;
  /** `isLive(n)` for each local unit number n. */
  readonly isLive: (n: number) => boolean;
}

/** Name groups of all inputs, each once. */
function mergedNameGroups(inputs: readonly MergeInput[]): string[][] {
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const { segment } of inputs) {
    for (const group of segment.nameGroups) {
      const key = JSON.stringify(group);
      if (seen.has(key)) continue;
      seen.add(key);
      groups.push([...group]);
    }
  }
  return groups;
}

/**
 * Merges segments (in the order given) into one: units keep their order, deleted units and the
 * terms only they held disappear, name groups are kept (they name entities, not units).
 */
export function mergeSegments(inputs: readonly MergeInput[]): SearchSegment {
  const units: IndexedUnit[] = [];
  // Per input: local unit number → merged unit number, or -1 for a deleted unit.
  const renumbering = inputs.map(({ segment, isLive }) => {
    const map = new Int32Array(segment.units.length);
    segment.units.forEach((unit, n) => {
      if (isLive(n)) {
        map[n] = units.length;
        units.push(unit);
      } else {
        map[n] = -1;
      }
    });
    return map;
  });

  const terms: string[] = [];
  const packed: string[] = [];
  const cursors = inputs.map(() => 0);
  const dictionaries = inputs.map((input) => input.segment.dictionary);
  // Each input's term at its cursor, undefined once it has none left.
  const heads = dictionaries.map((dictionary) => (dictionary.termCount > 0 ? dictionary.termAt(0) : undefined));
  for (;;) {
    // The smallest term not yet written, across the inputs (each sorted): a k-way merge.
    let term: string | undefined;
    for (const candidate of heads) {
      if (candidate !== undefined && (term === undefined || candidate < term)) term = candidate;
    }
    if (term === undefined) break;
    const merged: number[] = [];
    for (let s = 0; s < inputs.length; s++) {
      if (heads[s] !== term) continue;
      const dictionary = dictionaries[s]!;
      const at = cursors[s]!;
      const map = renumbering[s]!;
      // Inputs are in order and renumbering keeps order, so the merged list stays ascending.
      for (const n of dictionary.postingAt(at)) {
        const renumbered = map[n]!;
        if (renumbered >= 0) merged.push(renumbered);
      }
      cursors[s] = at + 1;
      heads[s] = at + 1 < dictionary.termCount ? dictionary.termAt(at + 1) : undefined;
    }
    if (merged.length === 0) continue;
    terms.push(term);
    packed.push(encodePostings(merged));
  }
  return { units, dictionary: TermDictionary.of(terms, packed, units.length), nameGroups: mergedNameGroups(inputs) };
}
