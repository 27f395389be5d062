/** Names of document languages in the interface's language, from the platform's locale data (Intl). */
import { useMemo } from 'react';
import { intlLocaleOf } from './uiLanguage';
import { useUiLanguage } from './useUiLanguage';

/** `en` → "English" (英语 in the Chinese interface); an unknown code is shown as it is. */
export function useLanguageNames(): (language: string) => string {
  const [uiLanguage] = useUiLanguage();
  return useMemo(() => {
    const names = new Intl.DisplayNames([intlLocaleOf(uiLanguage)], { type: 'language' });
    return (language: string) => {
      try {
        return names.of(language) ?? language;
      } catch {
        return language; // not a well-formed tag ("und-x", a typo in a manifest)
      }
    };
  }, [uiLanguage]);
}
