/** Names of document languages in the interface's language (languageNames.ts). */
import { languageNamer } from './languageNames';
import { useUiLanguage } from './useUiLanguage';

/** `en` → "English" (英语 in the Chinese interface); an unknown code is shown as it is. */
export function useLanguageNames(): (language: string) => string {
  const [uiLanguage] = useUiLanguage();
  return languageNamer(uiLanguage);
}
