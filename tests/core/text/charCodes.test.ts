import { describe, expect, it } from 'vitest';
import { stringOfCharCodes } from '../../../renderer/src/core/text/charCodes';

/** Code units 0…255 repeated: every value a held posting writes. */
function bytes(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 7) % 256);
}

describe('stringOfCharCodes', () => {
  it('gives the string of the code units, at and around the length of one slice', () => {
    for (const length of [0, 1, 8191, 8192, 8193, 3 * 8192 + 5, 200_000]) {
      const codes = bytes(length);
      const text = stringOfCharCodes(codes);
      expect(text.length).toBe(length);
      expect(Array.from(text, (char) => char.charCodeAt(0))).toEqual(Array.from(codes));
    }
  });

  it('takes plain arrays of UTF-16 code units too (source patches), above U+00FF', () => {
    const codes = Array.from({ length: 20_000 }, (_, i) => 0x4e00 + (i % 5000));
    const text = stringOfCharCodes(codes);
    expect(text.length).toBe(codes.length);
    expect(text.charCodeAt(0)).toBe(0x4e00);
    expect(text.charCodeAt(8192)).toBe(0x4e00 + (8192 % 5000));
    expect(text.charCodeAt(19_999)).toBe(0x4e00 + (19_999 % 5000));
  });
});
