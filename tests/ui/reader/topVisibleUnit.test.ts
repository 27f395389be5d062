import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firstItemBelow } from '../../../renderer/src/ui/reader/topVisibleUnit';

describe('firstItemBelow', () => {
  const bottoms = [100, 200, 300, 400];
  test.each([
    [0, 0],
    [99, 0],
    [100, 1],
    [150, 1],
    [399, 3],
    [1000, 3],
  ])('line at %i → item %i', (line, index) => {
    expect(firstItemBelow(bottoms.length, (i) => bottoms[i]!, line)).toBe(index);
  });

  test('no items, no index', () => {
    expect(firstItemBelow(0, () => 0, 10)).toBe(-1);
  });

  test('agrees with a linear scan', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1 }), fc.integer({ min: -10, max: 1100 }), (values, line) => {
        const sorted = [...values].sort((a, b) => a - b);
        const linear = sorted.findIndex((bottom) => bottom > line);
        expect(firstItemBelow(sorted.length, (i) => sorted[i]!, line)).toBe(linear === -1 ? sorted.length - 1 : linear);
      }),
    );
  });
});
