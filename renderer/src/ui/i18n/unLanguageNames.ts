/**
 * The six UN languages' names in each interface language, as CLDR gives them (what
 * Intl.DisplayNames answers; tests/ui/i18n/unLanguageNames.test.ts checks the table against it).
 * Every library card and search result names these languages, and the first Intl.DisplayNames a
 * page makes loads the locale's data: 30–40 ms of the main thread, measured in Chromium, in the
 * start-up's first render or before the first results. Other languages are still asked of Intl.
 */
import type { UiLanguage } from './uiLanguage';

export const unLanguageNames: Readonly<Record<UiLanguage, Readonly<Record<UiLanguage, string>>>> = {
  ar: { ar: 'العربية', zh: 'الصينية', en: 'الإنجليزية', fr: 'الفرنسية', ru: 'الروسية', es: 'الإسبانية' },
  zh: { ar: '阿拉伯语', zh: '中文', en: '英语', fr: '法语', ru: '俄语', es: '西班牙语' },
  en: { ar: 'Arabic', zh: 'Chinese', en: 'English', fr: 'French', ru: 'Russian', es: 'Spanish' },
  fr: { ar: 'arabe', zh: 'chinois', en: 'anglais', fr: 'français', ru: 'russe', es: 'espagnol' },
  ru: { ar: 'арабский', zh: 'китайский', en: 'английский', fr: 'французский', ru: 'русский', es: 'испанский' },
  es: { ar: 'árabe', zh: 'chino', en: 'inglés', fr: 'francés', ru: 'ruso', es: 'español' },
};
