import { describe, expect, test } from 'vitest';
import { isolateForBidi } from '../../../renderer/src/core/text/bidiIsolation';
import {
  directionOf,
  htmlLangOf,
  initialUiLanguage,
  intlLocaleOf,
  uiLanguageEndonyms,
  uiLanguageOfLocale,
  uiLanguageOfLocales,
  uiLanguages,
} from '../../../renderer/src/ui/i18n/uiLanguage';

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
    ['fr-FR', 'fr'],
    ['fr-CH', 'fr'],
    ['es-419', 'es'],
    ['es_MX', 'es'],
    ['ru-RU', 'ru'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['de-DE', null],
    ['zhx', null],
    ['', null],
  ])('%s → %s', (locale, language) => {
    expect(uiLanguageOfLocale(locale)).toBe(language);
  });
});

describe('uiLanguageOfLocales', () => {
  test('the first preferred locale that is one of the six wins', () => {
    expect(uiLanguageOfLocales(['de-DE', 'fr-FR', 'en-US'])).toBe('fr');
    expect(uiLanguageOfLocales(['ar-SA', 'en'])).toBe('ar');
  });

  test('none of the six: English', () => {
    expect(uiLanguageOfLocales(['de-DE', 'ja'])).toBe('en');
    expect(uiLanguageOfLocales([])).toBe('en');
  });
});

describe('initialUiLanguage', () => {
  test('a stored choice wins over the system locale', () => {
    expect(initialUiLanguage('en', ['zh-CN'])).toBe('en');
    expect(initialUiLanguage('ar', ['en-US'])).toBe('ar');
    expect(initialUiLanguage('fr', ['zh-CN'])).toBe('fr');
  });

  test('a missing or foreign stored value falls back to the system locales', () => {
    expect(initialUiLanguage(null, ['zh-CN'])).toBe('zh');
    expect(initialUiLanguage('de', ['ru-RU'])).toBe('ru');
    expect(initialUiLanguage('"en"', ['es-ES'])).toBe('es');
  });
});

describe('language facts', () => {
  test('html lang picks Simplified Chinese fonts', () => {
    expect(htmlLangOf('zh')).toBe('zh-CN');
    expect(htmlLangOf('ar')).toBe('ar');
  });

  test('only Arabic is right to left', () => {
    expect(uiLanguages.filter((language) => directionOf(language) === 'rtl')).toEqual(['ar']);
  });

  test('each language is named in itself', () => {
    expect(uiLanguages.map((language) => uiLanguageEndonyms[language])).toEqual(['العربية', '中文', 'English', 'Français', 'Русский', 'Español']);
  });

  test('Intl formats dates in the language, Arabic with the Western digits ITU prints', () => {
    const date = new Date(Date.UTC(2016, 6, 27));
    const format = (language: (typeof uiLanguages)[number]): string =>
      new Intl.DateTimeFormat(intlLocaleOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
    expect(format('ar')).toMatch(/^27 يوليو 2016$/);
    expect(format('fr')).toBe('27 juillet 2016');
    expect(format('es')).toBe('27 de julio de 2016');
    expect(format('ru')).toBe('27 июля 2016 г.');
    expect(new Intl.NumberFormat(intlLocaleOf('ar')).format(1234)).toBe('1,234');
  });
});

describe('isolateForBidi', () => {
  test('a symbol is wrapped in First Strong Isolate … Pop Directional Isolate', () => {
    expect(isolateForBidi('C17/18')).toBe('\u2068C17/18\u2069');
    expect(isolateForBidi('ITU-T')).toBe('\u2068ITU-T\u2069');
  });

  test('plain numbers are left as they are (nesting reads them as JSON)', () => {
    expect(isolateForBidi('42')).toBe('42');
    expect(isolateForBidi('4.3')).toBe('4.3');
  });
});
