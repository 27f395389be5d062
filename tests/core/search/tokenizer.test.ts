import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../../renderer/src/core/text/normalize';
import { indexTerms, maxTermLength, queryProbes } from '../../../renderer/src/core/search/tokenizer';

const terms = (text: string): string[] => [...indexTerms(normalizeForSearch(text))].sort();

describe('indexTerms', () => {
  it('cuts Chinese into bigrams and keeps the last character of a run alone', () => {
    expect(terms('网络演练')).toEqual(['演练', '练', '络演', '网络'].sort());
  });

  it('keeps every suffix of a word, so a query may start inside it', () => {
    expect(terms('2016年')).toEqual(['016', '16', '2016', '6', '年'].sort());
  });

  it('keeps every suffix of a word of any length and script, cut to the longest term (property)', () => {
    // Latin, Cyrillic, digits and letters outside the BMP (Adlam, Deseret), which normalisation keeps.
    const letter = fc.constantFrom('a', 'b', 'ж', '7', '\u{1E922}', '\u{10428}');
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 40 }), (chars) => {
        const word = normalizeForSearch(chars.join(''));
        const codePoints = [...word];
        const indexed = indexTerms(word);
        for (let i = 0; i < codePoints.length; i++) expect(indexed).toContain(codePoints.slice(i, i + maxTermLength).join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('normalises full-width letters and case (NFKC)', () => {
    expect(terms('ＩＴＵ－Ｔ')).toEqual(terms('itu-t'));
    expect(terms('WSIS')).toContain('wsis');
  });

  it('adds the joined form of identifiers, not of ranges or decimals', () => {
    expect(terms('SG-17')).toContain('sg17');
    expect(terms('SG 17')).toContain('sg17');
    expect(terms('X.509')).toContain('x509');
    expect(terms('ITU-T X.1038')).toEqual(expect.arrayContaining(['itut', 'x1038']));
    expect(terms('27-28')).not.toContain('2728');
    expect(terms('16.2')).not.toContain('162');
  });

  it('does not apply a stemmer or a stop-word list', () => {
    expect(terms('the services')).toEqual(expect.arrayContaining(['the', 'services']));
  });
});

describe('queryProbes', () => {
  it('probes Chinese by bigram and a lone character by itself', () => {
    expect(queryProbes('网络安全')).toEqual(['网络', '络安', '安全']);
    expect(queryProbes('网')).toEqual(['网']);
    expect(queryProbes('16年')).toEqual(['16', '年']);
  });

  it('probes letters followed by a number as the index joins them, whatever separates them', () => {
    for (const query of ['x.5', 'x-5', 'x 5', 'x5']) expect(queryProbes(query)).toEqual(['x5']);
    expect(queryProbes('itu-t x.509')).toEqual(['itu', 't', 'x509']);
    expect(queryProbes('sg 17')).toEqual(['sg17']);
    // Not joined in every unit that folds to them: `ITU T` (letters), `17 a` (a number then letters), `16.2` (numbers).
    expect(queryProbes('itu-t')).toEqual(['itu', 't']);
    expect(queryProbes('17-a')).toEqual(['17', 'a']);
    expect(queryProbes('16.2')).toEqual(['16', '2']);
  });

  it('gives no probe for text without letters or digits', () => {
    expect(queryProbes('（）:~^')).toEqual([]);
  });
});
