import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodePostings,
  encodePostings,
  intersectPostings,
  PostingCursors,
  unionPostings,
} from '../../../renderer/src/core/search/postings';

const ascending = fc
  .uniqueArray(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 300 })
  .map((units) => units.sort((a, b) => a - b));

describe('packed postings', () => {
  it('decode(encode(units)) gives the units back', () => {
    fc.assert(
      fc.property(ascending, (units) => {
        expect([...decodePostings(encodePostings(units))]).toEqual(units);
      }),
    );
  });

  it('packs only JSON-safe characters, one per small gap', () => {
    const packed = encodePostings([0, 1, 2, 3, 40, 100_000]);
    expect(packed).toMatch(/^[0-9A-Za-z_-]+$/u);
    expect(JSON.stringify(packed)).toBe(`"${packed}"`);
    expect(encodePostings([0, 1, 2, 3])).toHaveLength(4);
  });

  it('refuses unsorted input and damaged strings', () => {
    expect(() => encodePostings([3, 2])).toThrow(RangeError);
    expect(() => decodePostings('ab!')).toThrow(/invalid character/u);
  });

  it('intersects and unites like sets', () => {
    fc.assert(
      fc.property(ascending, ascending, (a, b) => {
        const both = a.filter((x) => b.includes(x));
        const either = [...new Set([...a, ...b])].sort((x, y) => x - y);
        expect([...intersectPostings(Int32Array.from(a), Int32Array.from(b))]).toEqual(both);
        expect([...unionPostings([Int32Array.from(a), Int32Array.from(b)])]).toEqual(either);
      }),
    );
  });

  it('answers membership like sets when asked in ascending unit order, a null list holding every unit', () => {
    fc.assert(
      fc.property(fc.array(fc.option(ascending), { maxLength: 4 }), ascending, (lists, asked) => {
        const cursors = new PostingCursors(lists.map((list) => (list === null ? null : Int32Array.from(list))));
        for (const n of asked) {
          lists.forEach((list, l) => expect(cursors.has(l, n)).toBe(list === null || list.includes(n)));
        }
      }),
    );
  });

  it('leaves nothing of one union in the next', () => {
    const range = (from: number, to: number): Int32Array => Int32Array.from({ length: to - from }, (_, i) => from + i);
    expect([...unionPostings([range(0, 100), range(50, 150), range(100, 200)])]).toEqual([...range(0, 200)]);
    expect([...unionPostings([Int32Array.of(1, 3), Int32Array.of(5), Int32Array.of(7)])]).toEqual([1, 3, 5, 7]);
  });

  it('unites any number of lists like sets, sparse or dense in the units they span', () => {
    const dense = fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 300 }).map((units) => units.sort((a, b) => a - b));
    fc.assert(
      fc.property(fc.array(fc.oneof(ascending, dense), { maxLength: 7 }), (lists) => {
        const any = [...new Set(lists.flat())].sort((x, y) => x - y);
        expect([...unionPostings(lists.map((list) => Int32Array.from(list)))]).toEqual(any);
      }),
    );
  });
});
