import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineDiff, sideSegments, sideText, PARAGRAPH_BREAK } from '../../../renderer/src/core/revisions/inlineDiff';
import { diffTokens } from '../../../renderer/src/core/revisions/tokens';

const edits = (oldText: string, newText: string, language: string) =>
  inlineDiff(oldText, newText, language).filter((segment) => segment.op !== 'equal');

describe('diffTokens', () => {
  it('cuts Chinese into characters and keeps Latin identifiers inside it as words', () => {
    expect(diffTokens('第17研究组批准了ITU-T X.509', 'zh')).toEqual(['第', '17', '研', '究', '组', '批', '准', '了', 'ITU', '-', 'T', ' ', 'X', '.', '509']);
  });

  it('cuts Japanese kana and kanji into characters', () => {
    expect(diffTokens('理事会は報告に留意する', 'ja')).toHaveLength(11);
  });

  it('keeps English words whole, with spaces and punctuation as tokens of their own', () => {
    expect(diffTokens('Council, note this.', 'en')).toEqual(['Council', ',', ' ', 'note', ' ', 'this', '.']);
  });

  it('gives the text back when joined, whatever the language tag', () => {
    for (const language of ['zh', 'en', 'fr', 'x-not-a-language', '']) {
      expect(diffTokens('Résumé 概要：ITU‑T, «X.805» 😀', language).join('')).toBe('Résumé 概要：ITU‑T, «X.805» 😀');
    }
  });
});

describe('diffTokens against its plain definition', () => {
  // Chinese and Japanese characters one by one, every other run as Intl.Segmenter cuts it: the
  // fast paths (single characters, ASCII words between Chinese characters) must give the same.
  const CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ー]/u;
  function plainTokens(text: string, language: string): string[] {
    const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    const tokens: string[] = [];
    let run = '';
    const flush = (): void => {
      for (const { segment } of segmenter.segment(run)) tokens.push(segment);
      run = '';
    };
    for (const character of text) {
      if (CHARACTER.test(character)) {
        flush();
        tokens.push(character);
      } else run += character;
    }
    flush();
    return tokens;
  }
  const pieces = ['国', '際', '𠀋', 'は', '，', '。', '（', '）', ' ', '-', '.', '/', 'ITU', 'T', 'X', '509', '2017', 'a1', 'é', 'Résumé', "'", '’', '_', '\u00a0'];

  it('cuts every mix of Chinese, Latin words, numbers, spaces and punctuation as the plain definition does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.constantFrom('zh', 'en', 'fr', 'ja'), (parts, language) => {
        const text = parts.join('');
        expect(diffTokens(text, language)).toEqual(plainTokens(text, language));
      }),
      { numRuns: 500 },
    );
  });
});

describe('inlineDiff', () => {
  it('marks the Chinese characters that changed, not the words around them', () => {
    expect(edits('国际电联进行了16次网络演练', '国际电联进行了17次网络演练', 'zh')).toEqual([
      { op: 'delete', text: '16' },
      { op: 'insert', text: '17' },
    ]);
    expect(edits('秘书处组织了十二次演练', '秘书处组织了十六次演练', 'zh')).toEqual([
      { op: 'delete', text: '二' },
      { op: 'insert', text: '六' },
    ]);
  });

  it('marks whole English words, never parts of them', () => {
    expect(edits('The Council is invited to note the report.', 'The Council is invited to vote on the report.', 'en')).toEqual([
      { op: 'delete', text: 'note' },
      { op: 'insert', text: 'vote on' },
    ]);
  });

  it('marks a changed punctuation mark alone', () => {
    expect(edits('请理事会注意本报告。', '请理事会注意本报告；', 'zh')).toEqual([
      { op: 'delete', text: '。' },
      { op: 'insert', text: '；' },
    ]);
    expect(edits('security, trust and spam', 'security; trust and spam', 'en')).toEqual([
      { op: 'delete', text: ',' },
      { op: 'insert', text: ';' },
    ]);
  });

  it('reads a replacement of several words as one deletion and one insertion', () => {
    expect(edits('with more than eighty countries', 'with more than one hundred countries', 'en')).toEqual([
      { op: 'delete', text: 'eighty' },
      { op: 'insert', text: 'one hundred' },
    ]);
  });

  it('gives identical texts as one equal run and an empty text as nothing', () => {
    expect(inlineDiff('同一段', '同一段', 'zh')).toEqual([{ op: 'equal', text: '同一段' }]);
    expect(inlineDiff('', '', 'en')).toEqual([]);
    expect(inlineDiff('', 'new', 'en')).toEqual([{ op: 'insert', text: 'new' }]);
  });

  it('keeps the paragraph break of a split as a boundary the sides are cut at', () => {
    const segments = inlineDiff('First sentence. Second sentence.', `First sentence.${PARAGRAPH_BREAK}Second sentence.`, 'en');
    expect(sideText(segments, 'old')).toBe('First sentence. Second sentence.');
    expect(sideSegments(segments, 'new').map((unit) => sideText(unit, 'new'))).toEqual(['First sentence.', 'Second sentence.']);
    expect(sideSegments(segments, 'old')).toHaveLength(1);
  });
});
