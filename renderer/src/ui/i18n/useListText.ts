/** Lists of names in a sentence, joined as the interface language joins them (Intl.ListFormat). */
import { useMemo } from 'react';
import { intlLocaleOf } from './uiLanguage';
import { useUiLanguage } from './useUiLanguage';

/** `['Rev.0', 'Rev.1']` → "Rev.0 and Rev.1" ("Rev.0 or Rev.1" for a disjunction; "Rev.0和Rev.1" in the Chinese interface). */
export function useListText(type: 'conjunction' | 'disjunction' = 'conjunction'): (items: readonly string[]) => string {
  const [uiLanguage] = useUiLanguage();
  return useMemo(() => {
    const format = new Intl.ListFormat(intlLocaleOf(uiLanguage), { type, style: 'long' });
    return (items: readonly string[]) => format.format(items);
  }, [uiLanguage, type]);
}
