/** Which UI language to use: the one the user chose, else the system's, else English. */

export const uiLanguages = ['zh', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/**
 * The UI language for a BCP 47 locale: Chinese for any `zh` tag (zh-CN, zh-Hant-TW, zh),
 * English for everything else, English being the Union's other working language in our UI.
 */
export function uiLanguageOfLocale(locale: string): UiLanguage {
  return /^zh(?:[-_]|$)/i.test(locale.trim()) ? 'zh' : 'en';
}

/** The language tag to put on <html lang> for a UI language (zh-CN picks Simplified fonts). */
export function htmlLangOf(language: UiLanguage): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}

/** The stored choice if it is valid, else the system locale's language. */
export function initialUiLanguage(stored: string | null, systemLocale: string): UiLanguage {
  return isUiLanguage(stored) ? stored : uiLanguageOfLocale(systemLocale);
}
