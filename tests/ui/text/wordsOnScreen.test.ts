/**
 * What people read instead of internal identifiers and English in the Chinese interface: a
 * unit's place, the library's metadata, and plurals that follow their own count. Run through a
 * real i18next instance with the app's resources.
 */
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../../renderer/src/ui/i18n/en';
import { zh } from '../../../renderer/src/ui/i18n/zh';
import { bodyText, subjectText } from '../../../renderer/src/ui/library/reportMetaText';
import { unitColumnLabel, unitPlace } from '../../../renderer/src/ui/text/unitLabel';

let tZh: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const make = async (lng: 'zh' | 'en'): Promise<TFunction> => {
    const instance = i18next.createInstance();
    await instance.init({ resources: { en: { translation: en }, zh: { translation: zh } }, lng, interpolation: { escapeValue: false }, showSupportNotice: false });
    return instance.t;
  };
  tZh = await make('zh');
  tEn = await make('en');
});

describe('words on screen', () => {
  test.each([
    ['4.3', '第 4.3 段', '¶ 4.3'],
    ['summary.1', '摘要第 1 段', 'Summary ¶ 1'],
    ['title', '标题', 'Title'],
  ])('unit %s is shown as a delegate says it', (number, chinese, english) => {
    expect(unitPlace(number, tZh)).toBe(chinese);
    expect(unitPlace(number, tEn)).toBe(english);
  });

  test('a table column shows a printed number as it is and anything else in words', () => {
    expect(unitColumnLabel('4.3', tZh)).toBe('4.3');
    expect(unitColumnLabel('summary.1', tZh)).toBe('摘要第 1 段');
    expect(unitColumnLabel('summary.1', tEn)).toBe('Summary ¶ 1');
  });

  test('library metadata in the interface language; unknown values as written', () => {
    expect(subjectText('Resolution 130', tZh)).toBe('第 130 号决议');
    expect(subjectText('Resolution 130', tEn)).toBe('Resolution 130');
    expect(bodyText('ITU Council', tZh)).toBe('国际电联理事会');
    expect(subjectText('WSIS follow-up', tZh)).toBe('WSIS follow-up');
  });

  test('mentions and paragraphs each take their own plural', () => {
    expect(tEn('entities.mentionCount', { count: 1, units: 1 })).toBe('1 mention in 1 paragraph');
    expect(tEn('entities.mentionCount', { count: 3, units: 1 })).toBe('3 mentions in 1 paragraph');
    expect(tEn('entities.mentionCount', { count: 4, units: 2 })).toBe('4 mentions in 2 paragraphs');
    expect(tZh('entities.mentionCount', { count: 4, units: 2 })).toBe('在 2 个段落中提及 4 次');
  });

  test('a stance has the briefing’s name in the editor', () => {
    expect(tZh('notes.stances.follow-up')).toBe('跟进');
  });
});
