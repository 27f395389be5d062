/**
 * Names of document languages in the interface's language. The six UN languages' names come from
 * a table, as CLDR gives them (what Intl.DisplayNames answers; tests/ui/i18n/languageNames.test.ts
 * checks the table against it): every library card and search result names these languages, and
 * the first Intl.DisplayNames a page makes loads the locale's data, 30–40 ms of the main thread,
 * measured in Chromium, in start-up's first render or before the first results. Other languages
 * are asked of Intl.
 */
import { intlLocaleOf, type UiLanguage } from './uiLanguage';

export const unLanguageNames: Readonly<Record<UiLanguage, Readonly<Record<UiLanguage, string>>>> = {
  ar: { ar: 'العربية', zh: 'الصينية', en: 'الإنجليزية', fr: 'الفرنسية', ru: 'الروسية', es: 'الإسبانية' },
  zh: { ar: '阿拉伯语', zh: '中文', en: '英语', fr: '法语', ru: '俄语', es: '西班牙语' },
  en: { ar: 'Arabic', zh: 'Chinese', en: 'English', fr: 'French', ru: 'Russian', es: 'Spanish' },
  fr: { ar: 'arabe', zh: 'chinois', en: 'anglais', fr: 'français', ru: 'russe', es: 'espagnol' },
  ru: { ar: 'арабский', zh: 'китайский', en: 'английский', fr: 'французский', ru: 'русский', es: 'испанский' },
  es: { ar: 'árabe', zh: 'chino', en: 'inglés', fr: 'francés', ru: 'ruso', es: 'español' },
};

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
