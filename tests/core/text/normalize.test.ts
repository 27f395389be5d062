import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyChar, isDigit, standsWhole } from '../../../renderer/src/core/search/scripts';
import { stripAccent } from '../../../renderer/src/core/text/accents';
import { fold, FoldedOffsets, foldedOccurrences, foldsLetters, foldWithOffsets } from '../../../renderer/src/core/text/fold';
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

  it('says whether folding changes a letter, not only drops separators', () => {
    const isSeparator = (char: string): boolean => [' ', '\t', '\n', '\r', '\u00a0', '\u3000', '-', '.'].includes(char);
    const alphabet = [...'ab1 -.\u00a0éÅœ\u0301网'].concat(['\ud83d\ude00']);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: fc.constantFrom(...alphabet) }), fc.string({ unit: 'binary' })), (text) => {
        const changesLetter = Array.from({ length: text.length }, (_, i) => text[i]!).some((char) => !isSeparator(char) && stripAccent(char) !== char);
        expect(foldsLetters(text)).toBe(changesLetter);
      }),
      { numRuns: 1000 },
    );
    expect(foldsLetters('itu-t x.509 and sg 17')).toBe(false);
    expect(foldsLetters('coopération')).toBe(true);
  });

  it('finds a folded needle in a text whose folding only drops separators as in the folded text', () => {
    // The reference: search fold(text), map each occurrence back to the source (foldWithOffsets).
    const reference = (text: string, needle: string, mustStandWhole: boolean, limit: number): number => {
      const { text: folded, sourceOffsets } = foldWithOffsets(text);
      let count = 0;
      for (let at = folded.indexOf(needle); at !== -1 && count < limit; ) {
        if (!mustStandWhole) {
          count++;
          at = folded.indexOf(needle, at + needle.length);
          continue;
        }
        if (standsWhole(text, sourceOffsets[at]!, sourceOffsets[at + needle.length - 1]! + 1)) count++;
        at = folded.indexOf(needle, at + 1);
      }
      return count;
    };
    const alphabet = [...'ab1 2-.\t\u00a0\u3000网络'].concat(['\ud83d\ude00']);
    // A small alphabet too, where needles overlap (`aa` in `a aa`).
    const text = fc.oneof(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 }), fc.string({ unit: fc.constantFrom(...'a -.'), maxLength: 20 }));
    fc.assert(
      fc.property(
        text,
        fc.oneof(fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 4 }).map(fold), fc.constantFrom('aa', 'aaa', 'a-a', 'ab', 'a1', 'b-1', '1.2', '网络')),
        fc.boolean(),
        fc.integer({ min: 1, max: 8 }),
        (source, needle, mustStandWhole, limit) => {
          fc.pre(needle !== '');
          expect(foldedOccurrences(source, needle, mustStandWhole, limit)).toBe(reference(source, needle, mustStandWhole, limit));
        },
      ),
      { numRuns: 3000 },
    );
    // Typed joined, written apart: `itut` stands whole in `itu-t` and in `itu t`, not in `institute`.
    expect(foldedOccurrences('the itu-t and itu t sectors', 'itut', true, 8)).toBe(2);
    expect(foldedOccurrences('an institute', 'itut', true, 8)).toBe(0);
    expect(foldedOccurrences('an institute', 'itut', false, 8)).toBe(1);
  });
});
