import { describe, expect, it } from 'vitest';
import { maxMergedUnits, nextMerge, type SegmentSize } from '../../../renderer/src/core/search/mergePolicy';

const sizes = (...units: number[]): SegmentSize[] => units.map((count) => ({ units: count, deleted: 0 }));

describe('which segments merge next', () => {
  it.each([
    ['nothing in an empty library', [], undefined],
    ['nothing in one clean segment', sizes(50_000), undefined],
    ['two imports of similar size', sizes(50, 60), { start: 0, end: 2 }],
    ['the smallest similar neighbours first', sizes(400, 300, 50, 50), { start: 2, end: 4 }],
    ['never an import into the bundled corpus', sizes(50_000, 50), undefined],
    ['imports beside the bundled corpus, not with it', sizes(50_000, 50, 50), { start: 1, end: 3 }],
    ['not beyond the largest merged size', sizes(maxMergedUnits, maxMergedUnits), undefined],
    // A merge is one step of the search worker: none writes more than a bundled segment holds (2,000 units).
    ['not two long documents into one larger than a bundled segment', sizes(1_500, 1_500), undefined],
    ['long documents up to that size', sizes(1_000, 1_000), { start: 0, end: 2 }],
  ])('%s', (_, segments, expected) => {
    expect(nextMerge(segments)).toEqual(expected);
  });

  it('never merges a sealed (bundled) segment with another, but compacts it alone', () => {
    const sealed = (units: number, deleted = 0): SegmentSize => ({ units, deleted, isSealed: true });
    expect(nextMerge([sealed(1_000), sealed(5_000), sealed(5_000), sealed(5_000)])).toBeUndefined();
    expect(nextMerge([sealed(5_000), sealed(5_000), { units: 50, deleted: 0 }, { units: 50, deleted: 0 }])).toEqual({ start: 2, end: 4 });
    expect(nextMerge([sealed(5_000), { units: 5_000, deleted: 0 }])).toBeUndefined();
    expect(nextMerge([sealed(5_000), sealed(5_000, 2_000)])).toEqual({ start: 1, end: 2 });
  });

  it('rewrites alone a segment that lost a quarter of its units, the worst first', () => {
    expect(nextMerge([{ units: 100, deleted: 30 }, { units: 100, deleted: 60 }, { units: 100, deleted: 0 }])).toEqual({ start: 1, end: 2 });
    expect(nextMerge([{ units: 50_000, deleted: 12_500 }, { units: 50, deleted: 0 }])).toEqual({ start: 0, end: 1 });
    expect(nextMerge([{ units: 50_000, deleted: 100 }])).toBeUndefined();
  });

  it('leaves O(log n) segments after n equal imports, merging until nothing is left', () => {
    let segments = sizes(...Array.from({ length: 100 }, () => 50));
    for (let next = nextMerge(segments); next !== undefined; next = nextMerge(segments)) {
      const merged = segments.slice(next.start, next.end).reduce((sum, segment) => sum + segment.units - segment.deleted, 0);
      segments = [...segments.slice(0, next.start), { units: merged, deleted: 0 }, ...segments.slice(next.end)];
    }
    expect(segments.length).toBeLessThanOrEqual(Math.ceil(Math.log2(100)) + 1);
    expect(segments.reduce((sum, segment) => sum + segment.units, 0)).toBe(5000);
  });
});
