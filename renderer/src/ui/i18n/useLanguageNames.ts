/** Names of document languages in the interface's language, from the platform's locale data (Intl). */
import { intlLocaleOf, type UiLanguage } from './uiLanguage';
import { useUiLanguage } from './useUiLanguage';

/**
 * One naming function per interface language for the whole app: every library card and search
 * result asks for it, and an Intl.DisplayNames made per component cost a second at 1,000
 * documents (`npm run bench -- ui --profile`).
 */
const namersByLanguage = new Map<UiLanguage, (language: string) => string>();

function languageNamer(uiLanguage: UiLanguage): (language: string) => string {
  let namer = namersByLanguage.get(uiLanguage);
  if (namer === undefined) {
    const names = new Intl.DisplayNames([intlLocaleOf(uiLanguage)], { type: 'language' });
    namer = (language: string) => {
      try {
        return names.of(language) ?? language;
      } catch {
        return language; // not a well-formed tag ("und-x", a typo in a manifest)
      }
    };
    namersByLanguage.set(uiLanguage, namer);
  }
  return namer;
}

/** `en` → "English" (英语 in the Chinese interface); an unknown code is shown as it is. */
export function useLanguageNames(): (language: string) => string {
  const [uiLanguage] = useUiLanguage();
  return languageNamer(uiLanguage);
}
