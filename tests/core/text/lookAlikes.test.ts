import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldWithOffsets } from '../../../renderer/src/core/text/fold';
import { normalizeForSearch, normalizeWithOffsets, toSourceRange } from '../../../renderer/src/core/text/normalize';

const invisible = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069'];
const dashes = ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'];

describe('look-alikes pasted from Word and PDF', () => {
  it.each(dashes.map((dash) => [dash.codePointAt(0)!.toString(16), dash]))('dash U+%s reads as -', (_, dash) => {
    expect(normalizeForSearch(`ITU${dash}T`)).toBe('itu-t');
  });

  it.each(invisible.map((char) => [char.codePointAt(0)!.toString(16), char]))('invisible U+%s is dropped', (_, char) => {
    expect(normalizeForSearch(`网${char}络`)).toBe('网络');
  });

  it('reads typographic apostrophes as the one on the keyboard', () => {
    expect(normalizeForSearch('l’Union')).toBe("l'union");
  });

  it('keeps offsets into the source text when characters are dropped', () => {
    const source = 'a\u200b网\u00ad络 ITU\u2011T';
    const mapped = normalizeWithOffsets(source);
    expect(mapped.text).toBe('a网络 itu-t');
    const at = mapped.text.indexOf('网络');
    expect(source.slice(...toSourceRange(mapped, at, at + 2))).toBe('网\u00ad络');
    const itu = mapped.text.indexOf('itu-t');
    expect(source.slice(...toSourceRange(mapped, itu, itu + 5))).toBe('ITU\u2011T');
  });

  it('a text with invisible characters inserted still contains what it contained (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab网络-1 ') }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...invisible))), (text, inserts) => {
        let noisy = text;
        for (const [at, char] of inserts) {
          const i = at % (noisy.length + 1);
          noisy = noisy.slice(0, i) + char + noisy.slice(i);
        }
        expect(normalizeForSearch(noisy)).toBe(normalizeForSearch(text));
      }),
    );
  });
});

describe('Russian and Arabic letter variants', () => {
  it.each([
    ['ещё', 'еще'],
    ['ЁЛКА', 'елка'],
    ['أحمد', 'احمد'],
    ['إدارة', 'اداره'],
    ['آمن', 'امن'],
    ['ٱلاتحاد', 'الاتحاد'],
    ['مسؤول', 'مسوول'],
    ['رئيس', 'رييس'],
    ['مستوى', 'مستوي'],
    ['مُنَظَّمَة', 'منظمه'],
    ['الاتحـــاد', 'الاتحاد'],
    ['٢٠١٦', '2016'],
    ['۲۰۱۶', '2016'],
    ['ﻻ', 'لا'],
    ['ﺍﻟﺎﺗﺤﺎﺩ', 'الاتحاد'],
  ])('%s → %s', (input, expected) => expect(normalizeForSearch(input)).toBe(expected));
});

describe('Latin accents fold at the second level', () => {
  it.each([
    ['coopération', 'cooperation'],
    ['cooperación', 'cooperacion'],
    ['año', 'ano'],
    ['cœur', 'coeur'],
    ['e\u0301te\u0301', 'ete'],
    ['сотрудничество', 'сотрудничество'],
    ['й', 'й'],
  ])('%s → %s', (input, expected) => expect(fold(normalizeForSearch(input))).toBe(expected));

  it('maps folded offsets back to the accented characters', () => {
    const text = normalizeForSearch('la coopération');
    const folded = foldWithOffsets(text);
    expect(folded.text).toBe(fold(text));
    const at = folded.text.indexOf('cooperation');
    expect(text.slice(folded.sourceOffsets[at]!, folded.sourceOffsets[at + 'cooperation'.length - 1]! + 1)).toBe('coopération');
  });
});
