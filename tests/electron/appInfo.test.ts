import { describe, expect, it } from 'vitest';
import { chooseLocale, electronAppInfo } from '../../electron/appInfo.js';

describe('chooseLocale', () => {
  it.each<[string, readonly string[], string, string]>([
    ['the first preferred system language', ['zh-Hans-CN', 'en-US'], 'en-US', 'zh-Hans-CN'],
    ['a canonicalised tag', ['EN-gb'], 'en-US', 'en-GB'],
    ['the next valid tag after an invalid one', ['en_US.UTF-8', 'fr-CH'], 'en-US', 'fr-CH'],
    ["Chromium's locale when the system reports none", [], 'ar', 'ar'],
    ['"en" when nothing is usable', ['C', ''], '', 'en'],
  ])('picks %s', (_label, preferred, appLocale, expected) => {
    expect(chooseLocale(preferred, appLocale)).toBe(expected);
  });
});

describe('electronAppInfo', () => {
  it('reports the version, the locale and the Electron shell', () => {
    expect(electronAppInfo('0.1.0', ['ru-RU'], 'en-US')).toEqual({ version: '0.1.0', locale: 'ru-RU', shell: 'electron' });
  });
});
