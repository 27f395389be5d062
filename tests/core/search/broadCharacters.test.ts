import { describe, expect, it } from 'vitest';
import { broadestFirstCharacters } from '../../../renderer/src/core/search/broadCharacters';

describe('broadestFirstCharacters', () => {
  it('counts the texts in which a character begins a word, normalised as a query is', () => {
    const texts = ['Security and Standards Council', 'SG-17 studies cybersecurity', 'The Council'];
    // `c` begins words in all three texts, `s` in two (once each however often), `a` in one, met first; `e` begins none.
    expect(broadestFirstCharacters(texts, 3)).toEqual(['c', 's', 'a']);
    expect(broadestFirstCharacters(texts, 10)).not.toContain('e');
    expect(broadestFirstCharacters(texts, 10)).toContain('1');
  });

  it('counts every character of an unspaced script, and gives each kind of script its own quota', () => {
    const texts = ['国际电联 ITU', '国家 ITU', '网络 Internet', '国际 IoT'];
    // `i` begins a word in every text (no other letter begins one), `国` stands in three, `际` in two.
    expect(broadestFirstCharacters(texts, 1)).toEqual(['i', '国']);
    expect(broadestFirstCharacters(texts, 2)).toEqual(['i', '国', '际']);
  });

  it('reads Cyrillic and Arabic words as spaced, full-width letters as their plain forms', () => {
    expect(broadestFirstCharacters(['Союз связи', 'Совет', 'الاتحاد الدولي', 'ＩＴＵ'], 2)).toEqual(['с', 'ا']);
    expect(broadestFirstCharacters(['ＩＴＵ', 'ITU-T'], 1)).toEqual(['i']);
  });

  it('has nothing for a sample without letters or digits', () => {
    expect(broadestFirstCharacters(['—', ' , ; '], 5)).toEqual([]);
    expect(broadestFirstCharacters([], 5)).toEqual([]);
  });
});
