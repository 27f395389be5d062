/**
 * The one i18n setup of the app: i18next with react-i18next, resources bundled as TypeScript
 * objects (no back-end, nothing fetched), the language chosen before the first render.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { htmlLangOf, initialUiLanguage, isUiLanguage, type UiLanguage } from './uiLanguage';
import { zh } from './zh';

const storageKey = 'kb.uiLanguage';

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** Creates and initialises the app's i18next instance for the given system locale. */
export function setupI18n(systemLocale: string): i18n {
  const language = initialUiLanguage(storedLanguage(), systemLocale);
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, zh: { translation: zh } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['zh', 'en'],
    // React escapes what it renders; escaping here too would show &amp; to the user.
    interpolation: { escapeValue: false },
    // Resources are in memory: initialise synchronously so the first render is translated.
    initAsync: false,
    returnNull: false,
    // No advertisement in the console of an offline app.
    showSupportNotice: false,
  });
  document.documentElement.lang = htmlLangOf(language);
  instance.on('languageChanged', (changed) => {
    if (isUiLanguage(changed)) document.documentElement.lang = htmlLangOf(changed);
  });
  return instance;
}

/** The UI language an i18next instance is set to. */
export function uiLanguageOf(instance: i18n): UiLanguage {
  return isUiLanguage(instance.language) ? instance.language : 'en';
}

/** Switches the UI language and remembers the choice. */
export async function changeUiLanguage(instance: i18n, language: UiLanguage): Promise<void> {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Storage disabled: the switch still applies to this session.
  }
  await instance.changeLanguage(language);
}
