import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Range } from '../../../renderer/src/core/search/types';
import { highlightSegments } from '../../../renderer/src/ui/text/highlightSegments';

const show = (text: string, ranges: readonly Range[]): string =>
  highlightSegments(text, ranges)
    .map((segment) => (segment.isHighlight ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlightSegments', () => {
  test.each<[string, Range[], string]>([
    ['ITU-T SG-17', [], 'ITU-T SG-17'],
    ['ITU-T SG-17', [[6, 11]], 'ITU-T [SG-17]'],
    ['ITU-T SG-17', [[0, 5], [6, 11]], '[ITU-T] [SG-17]'],
    ['第17研究组（SG-17）', [[0, 6], [7, 12]], '[第17研究组]（[SG-17]）'],
    ['abcdef', [[3, 5], [0, 2]], '[ab]c[de]f'],
    ['abcdef', [[0, 3], [2, 5]], '[abcde]f'],
    ['abcdef', [[0, 2], [2, 4]], '[abcd]ef'],
    ['abcdef', [[4, 99], [-5, 1]], '[a]bcd[ef]'],
    ['abcdef', [[3, 3], [5, 2]], 'abcdef'],
    ['', [[0, 1]], ''],
  ])('%s %j', (text, ranges, expected) => {
    expect(show(text, ranges)).toBe(expected);
  });

  test('keeps every character once, in order, for any ranges', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }))), (text, ranges) => {
        const segments = highlightSegments(text, ranges);
        expect(segments.map((segment) => segment.text).join('')).toBe(text);
        // Never two highlights in a row: touching ranges are one <mark>.
        for (let i = 1; i < segments.length; i++) expect(segments[i]!.isHighlight && segments[i - 1]!.isHighlight).toBe(false);
      }),
    );
  });
});
