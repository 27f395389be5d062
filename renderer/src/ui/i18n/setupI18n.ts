/**
 * The one i18n setup of the app: i18next with react-i18next, resources bundled as TypeScript
 * objects (nothing fetched from outside the app), the language chosen and its strings loaded
 * before the first render; another language's strings are loaded when the delegate switches.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isolateForBidi } from '../../core/text/bidiIsolation';
import type { StartupLanguage } from './startupLanguage';
import { storeLanguage } from './storedLanguage';
import { loadUiStrings } from './uiStrings';
import { directionOf, htmlLangOf, isUiLanguage, uiLanguages, type UiLanguage } from './uiLanguage';

/** Puts the language and its writing direction on <html>, so CSS and the bidi algorithm follow. */
function applyToDocument(language: UiLanguage): void {
  document.documentElement.lang = htmlLangOf(language);
  document.documentElement.dir = directionOf(language);
}

/** Creates and initialises the app's i18next instance in the start-up language, with its strings. */
export function setupI18n({ language, strings }: StartupLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { [language]: { translation: strings } },
    lng: language,
    // No fallback: every language has every key (typed, and checked by
    // tests/ui/i18n/resources.test.ts), and English words in another interface would be a fault.
    fallbackLng: false,
    supportedLngs: [...uiLanguages],
    interpolation: {
      // React escapes what it renders; i18next's "escape" is used only to isolate what is put
      // into a right-to-left sentence (a symbol, a title, a query), never to escape HTML.
      escapeValue: true,
      escape: (value: string) => (instance.language === 'ar' ? isolateForBidi(value) : value),
    },
    // Resources are in memory: initialise synchronously so the first render is translated.
    initAsync: false,
    returnNull: false,
    // No advertisement in the console of an offline app.
    showSupportNotice: false,
  });
  applyToDocument(language);
  instance.on('languageChanged', (changed) => {
    if (isUiLanguage(changed)) applyToDocument(changed);
  });
  return instance;
}

/** The UI language an i18next instance is set to. */
export function uiLanguageOf(instance: i18n): UiLanguage {
  return isUiLanguage(instance.language) ? instance.language : 'en';
}

/** The language each instance was last asked to switch to, so that a slower earlier switch does not win. */
const requestedLanguage = new WeakMap<i18n, UiLanguage>();

/**
 * Switches the UI language and remembers the choice. The page keeps the current language until
 * the new one's strings are in, so it never shows a mix of two.
 */
export async function changeUiLanguage(instance: i18n, language: UiLanguage): Promise<void> {
  storeLanguage(language);
  requestedLanguage.set(instance, language);
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loadUiStrings(language));
  }
  if (requestedLanguage.get(instance) === language) await instance.changeLanguage(language);
}
