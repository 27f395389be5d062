/**
 * The six interface languages (the UN's official languages), which one to start in (the one the
 * user chose, else the system's, else English), and the facts the page needs about each: its
 * <html lang>, its writing direction and the locale Intl formats numbers and dates with.
 */

/** In the order of the language switch: alphabetical by ISO 639-1 code, as the UN lists them. */
export const uiLanguages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/**
 * Each language named in itself, for the language switch: a delegate who cannot read the
 * current interface must still find their own language in the list.
 */
export const uiLanguageEndonyms: Readonly<Record<UiLanguage, string>> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

/**
 * The UI language of one BCP 47 locale (`fr-CH`, `zh-Hant-TW`, `ar_EG`, `es-419`), or null
 * when its language is not one of the six.
 */
export function uiLanguageOfLocale(locale: string): UiLanguage | null {
  const language = /^([a-z]{2,3})(?:[-_]|$)/i.exec(locale.trim())?.[1]?.toLowerCase();
  return isUiLanguage(language) ? language : null;
}

/**
 * The first of the system's preferred locales that is one of the six (a German delegate who
 * also reads French gets French), else English, the Union's most common working language.
 */
export function uiLanguageOfLocales(locales: readonly string[]): UiLanguage {
  for (const locale of locales) {
    const language = uiLanguageOfLocale(locale);
    if (language !== null) return language;
  }
  return 'en';
}

/** The stored choice if it is valid, else the system locales' language. */
export function initialUiLanguage(stored: string | null, systemLocales: readonly string[]): UiLanguage {
  return isUiLanguage(stored) ? stored : uiLanguageOfLocales(systemLocales);
}

/** The language tag to put on <html lang> for a UI language (zh-CN picks Simplified fonts). */
export function htmlLangOf(language: UiLanguage): string {
  return language === 'zh' ? 'zh-CN' : language;
}

/** The writing direction of a UI language, for <html dir>. */
export function directionOf(language: UiLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The locale Intl formats numbers and dates with. Arabic keeps Western digits (`-u-nu-latn`):
 * ITU's Arabic texts print 1, 2, 3, so counts and dates match the paragraph numbers beside them.
 */
export function intlLocaleOf(language: UiLanguage): string {
  return language === 'ar' ? 'ar-u-nu-latn' : htmlLangOf(language);
}
