import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyChar, isDigit } from '../../../renderer/src/core/search/scripts';
import { stripAccent } from '../../../renderer/src/core/text/accents';
import { fold, FoldedOffsets, foldWithOffsets } from '../../../renderer/src/core/text/fold';
import { foldLookAlikes } from '../../../renderer/src/core/text/lookAlikes';
import { normalizeForSearch, normalizeWithOffsets, toSourceRange } from '../../../renderer/src/core/text/normalize';

describe('normalizeForSearch', () => {
  it.each([
    ['ＩＴＵ－Ｔ', 'itu-t'],
    ['WSIS', 'wsis'],
    ['（SG-17）', '(sg-17)'],
    ['①', '1'],
    ['ﬁle', 'file'],
    ['网络安全', '网络安全'],
  ])('%s → %s', (input, expected) => expect(normalizeForSearch(input)).toBe(expected));

  it('equals NFKC, lower case and look-alike folds applied code point by code point (the definition)', () => {
    const definition = (text: string): string => Array.from(text, (char) => foldLookAlikes(char.normalize('NFKC').toLowerCase())).join('');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(normalizeForSearch(text)).toBe(definition(text));
      }),
      { numRuns: 2000 },
    );
    for (const text of ['ＡＢＣ网络，１６年', '𠀀Ａ𝐀', '\ud800x', 'ǅ', 'İstanbul']) expect(normalizeForSearch(text)).toBe(definition(text));
  });

  it('returns the very same string when nothing changes, so callers keep one copy', () => {
    const text = '网络安全 and itu';
    expect(normalizeForSearch(text)).toBe(text);
  });

  it('keeps containment: if a text contains a query, its normal form contains the query’s', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, q, c) => {
        expect(normalizeForSearch(a + q + c)).toContain(normalizeForSearch(q));
      }),
    );
  });

  it('maps like the definition: each code point normalised, each output offset at its source code point', () => {
    const definition = (text: string): { text: string; offsets: number[] } => {
      const parts: string[] = [];
      const offsets: number[] = [];
      let at = 0;
      for (const char of text) {
        const normal = foldLookAlikes(char.normalize('NFKC').toLowerCase());
        parts.push(normal);
        for (let k = 0; k < normal.length; k++) offsets.push(at);
        at += char.length;
      }
      return { text: parts.join(''), offsets: [...offsets, text.length] };
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const mapped = normalizeWithOffsets(text);
        const expected = definition(text);
        expect(mapped.text).toBe(expected.text);
        expect([...mapped.sourceOffsets]).toEqual(expected.offsets);
      }),
      { numRuns: 2000 },
    );
    for (const text of ['ＡＢＣ网络，１６年', '𠀀Ａ𝐀', '\ud800x', 'ǅ', 'İstanbul', 'ﬁ乙']) expect(normalizeWithOffsets(text).text).toBe(definition(text).text);
  });

  it('maps every normalised offset back into the source', () => {
    const source = '甲ＩＴＵ－Ｔﬁ乙';
    const mapped = normalizeWithOffsets(source);
    expect(mapped.text).toBe('甲itu-tfi乙');
    const at = mapped.text.indexOf('itu-t');
    const [start, end] = toSourceRange(mapped, at, at + 'itu-t'.length);
    expect(source.slice(start, end)).toBe('ＩＴＵ－Ｔ');
    const fi = mapped.text.indexOf('fi');
    expect(source.slice(...toSourceRange(mapped, fi, fi + 2))).toBe('ﬁ');
  });
});

describe('fold', () => {
  it.each([
    ['sg-17', 'sg17'],
    ['sg 17', 'sg17'],
    ['x.509', 'x509'],
    ['itu-t x.1038', 'itutx1038'],
    ['gca 五大支柱', 'gca五大支柱'],
    ['27-28', '27-28'],
    ['16.2', '16.2'],
    ['2016 年', '2016年'],
    ['c17/15', 'c17/15'],
  ])('%s → %s', (input, expected) => expect(fold(input)).toBe(expected));

  it('equals the definition applied one code unit at a time (the table-driven fast path does not change it)', () => {
    const isSpace = (char: string | undefined): boolean => char !== undefined && [' ', '\t', '\n', '\r', '\u00a0', '\u3000'].includes(char);
    const isWord = (char: string | undefined): boolean => char !== undefined && classifyChar(char) === 'word';
    // Spaces between two characters, `-` or `.` between two letters or digits, never between two digits.
    const isDropped = (text: string, i: number): boolean => {
      const [before, char, after] = [text[i - 1], text[i]!, text[i + 1]];
      if (before === undefined || after === undefined || (isDigit(before) && isDigit(after))) return false;
      if (isSpace(char)) return !isSpace(before) && !isSpace(after);
      return (char === '-' || char === '.') && isWord(before) && isWord(after);
    };
    const definition = (text: string): { text: string; offsets: number[] } => {
      const kept = Array.from({ length: text.length }, (_, i) => (isDropped(text, i) ? '' : stripAccent(text[i]!)));
      return { text: kept.join(''), offsets: [...kept.flatMap((part, i) => Array.from(part, () => i)), text.length] };
    };
    const alphabet = [...'ab1 2-.\t\u00a0\u3000éÅœǆ\u0301网络'].concat(['\ud83d\ude00', '\ud800']);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: fc.constantFrom(...alphabet) }), fc.string({ unit: 'binary' })), (text) => {
        const expected = definition(text);
        const folded = foldWithOffsets(text);
        expect(fold(text)).toBe(expected.text);
        expect(folded.text).toBe(expected.text);
        expect([...folded.sourceOffsets]).toEqual(expected.offsets);
        // The cursor that maps without building either: in order, and asked again from the start.
        const offsets = new FoldedOffsets(text);
        expect(expected.offsets.map((_, at) => offsets.sourceOf(at))).toEqual(expected.offsets);
        expect(expected.offsets.map((_, at) => offsets.sourceOf(at))).toEqual(expected.offsets);
        expect(offsets.sourceOf(expected.offsets.length + 3)).toBe(text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with foldWithOffsets, whose offsets point at the kept characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab12 -.网络') }), (text) => {
        const folded = foldWithOffsets(text);
        expect(folded.text).toBe(fold(text));
        [...folded.text].forEach((char, i) => expect(text[folded.sourceOffsets[i]!]).toBe(char));
      }),
    );
  });
});
