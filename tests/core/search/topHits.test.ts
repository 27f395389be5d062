import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectTop } from '../../../renderer/src/core/search/topHits';

/** Every row, best first: higher score, then the lower unit number. */
function wholeRanking(scores: readonly number[], units: readonly number[]): number[] {
  return scores.map((_, row) => row).sort((a, b) => scores[b]! - scores[a]! || units[a]! - units[b]!);
}

describe('selectTop', () => {
  it('gives the head of the whole ranking, for any scores (ties included) and any limit', () => {
    const rows = fc
      .uniqueArray(fc.integer({ min: 0, max: 10_000 }), { maxLength: 60 })
      .chain((units) => fc.tuple(fc.constant(units), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: units.length, maxLength: units.length })));
    fc.assert(
      fc.property(rows, fc.integer({ min: -1, max: 70 }), ([units, scores], limit) => {
        const top = selectTop(Float64Array.from(scores), Int32Array.from(units), units.length, limit);
        expect(top).toEqual(wholeRanking(scores, units).slice(0, Math.max(limit, 0)));
      }),
      { numRuns: 500 },
    );
  });

  it('reads only the first `count` rows of longer arrays', () => {
    const scores = Float64Array.from([1, 9, 3, 100]);
    const units = Int32Array.from([4, 2, 7, 1]);
    expect(selectTop(scores, units, 3, 2)).toEqual([1, 2]);
    expect(selectTop(scores, units, 3, 10)).toEqual([1, 2, 0]);
  });
});
