import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../../renderer/src/core/text/normalize';
import { normalizeWithPatch, restoreSource } from '../../../renderer/src/core/text/sourcePatch';

describe('normalizeWithPatch (the index keeps the normalised text and gives the printed one back)', () => {
  // Text as delegates' documents hold it: full-width punctuation and letters, capitals, ligatures,
  // characters outside the BMP, and lone surrogates a damaged file may carry.
  const documentText = fc.string({
    unit: fc.oneof(
      fc.constantFrom('网', '络', '，', '（', '）', '：', '？', ',', '(', '!', 'Ｉ', 'Ｔ', 'U', 'G', '-', 'x', ' ', '①', '⑴', 'ﬁ', 'İ', 'ǅ', '𠀀', '𝐀', '\ud800', '\udc00'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    ),
    maxLength: 80,
  });

  it('gives back every text exactly, beside the normalised text search reads (property)', () => {
    fc.assert(
      fc.property(fc.oneof(documentText, fc.string({ unit: 'binary' })), (text) => {
        const { text: normalized, patch } = normalizeWithPatch(text);
        expect(normalized).toBe(normalizeForSearch(text));
        expect(restoreSource(normalized, patch)).toBe(text);
        // Never more than the printed text itself and a mark.
        expect(patch.length).toBeLessThanOrEqual(text.length + 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps nothing for a text normalising leaves alone', () => {
    expect(normalizeWithPatch('网络安全 gci').patch).toBe('');
  });

  it('lists neither capitals nor the full-width punctuation of a Chinese text, only its exceptions', () => {
    const chinese = '网络安全指数（GCI）结果，'.repeat(3) + '以及在区域和国际层面开展合作的操作平台：见X.1039, 第2段。'.repeat(4);
    const { text, patch } = normalizeWithPatch(chinese);
    expect(restoreSource(text, patch)).toBe(chinese);
    // Three runs of capitals and four each of `X` and of the ASCII comma, at three numbers each: 34 of 223 characters.
    expect(patch.length).toBeLessThanOrEqual(1 + 3 * 3 + 4 * 3 + 4 * 4);
  });

  it('lists only the capitals of an English text', () => {
    const english = 'The Council (C17) noted: ITU-T Study Group 17 leads; see Resolution 130!';
    const { text, patch } = normalizeWithPatch(english);
    expect(restoreSource(text, patch)).toBe(english);
    // T, C, C, ITU, T, S, G, R: eight runs of three numbers.
    expect(patch.length).toBe(1 + 8 * 3);
  });

  it('gives back texts longer than a patch number holds in one character', () => {
    const text = `${'网'.repeat(70_000)}Ｘ${'络'.repeat(40_000)}ITU`;
    const { text: normalized, patch } = normalizeWithPatch(text);
    expect(normalized.endsWith('络itu')).toBe(true);
    expect(restoreSource(normalized, patch)).toBe(text);
  });
});
