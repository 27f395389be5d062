/** Names of document languages in the interface's language, from the platform's locale data (Intl). */
import { intlLocaleOf, type UiLanguage } from './uiLanguage';
import { unLanguageNames } from './unLanguageNames';
import { useUiLanguage } from './useUiLanguage';

/**
 * One naming function per interface language for the whole app: every library card and search
 * result asks for it, and an Intl.DisplayNames made per component cost a second at 1,000
 * documents (`npm run bench -- ui --profile`).
 */
const namersByLanguage = new Map<UiLanguage, (language: string) => string>();

export function languageNamer(uiLanguage: UiLanguage): (language: string) => string {
  let namer = namersByLanguage.get(uiLanguage);
  if (namer === undefined) {
    // Made when a language other than the six is first named: making it loads ICU's locale data.
    let names: Intl.DisplayNames | undefined;
    // Each name is asked of ICU once: `of` per card and result was 50 ms of a start-up at 1,000 documents.
    const named = new Map<string, string>(Object.entries(unLanguageNames[uiLanguage]));
    namer = (language: string) => {
      let name = named.get(language);
      if (name === undefined) {
        try {
          names ??= new Intl.DisplayNames([intlLocaleOf(uiLanguage)], { type: 'language' });
          name = names.of(language) ?? language;
        } catch {
          name = language; // not a well-formed tag ("und-x", a typo in a manifest)
        }
        named.set(language, name);
      }
      return name;
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
