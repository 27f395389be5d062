import { describe, expect, test } from 'vitest';
import { htmlLangOf, initialUiLanguage, uiLanguageOfLocale } from '../../../renderer/src/ui/i18n/uiLanguage';

describe('uiLanguageOfLocale', () => {
  test.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['zh_CN', 'zh'],
    ['ZH-cn', 'zh'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['ar', 'en'],
    ['zhx', 'en'],
    ['', 'en'],
  ])('%s → %s', (locale, language) => {
    expect(uiLanguageOfLocale(locale)).toBe(language);
  });
});

describe('initialUiLanguage', () => {
  test('a stored choice wins over the system locale', () => {
    expect(initialUiLanguage('en', 'zh-CN')).toBe('en');
    expect(initialUiLanguage('zh', 'en-US')).toBe('zh');
  });

  test('a missing or foreign stored value falls back to the system locale', () => {
    expect(initialUiLanguage(null, 'zh-CN')).toBe('zh');
    expect(initialUiLanguage('fr', 'zh-CN')).toBe('zh');
    expect(initialUiLanguage('"en"', 'en-US')).toBe('en');
  });

  test('html lang picks Simplified Chinese fonts', () => {
    expect(htmlLangOf('zh')).toBe('zh-CN');
    expect(htmlLangOf('en')).toBe('en');
  });
});
