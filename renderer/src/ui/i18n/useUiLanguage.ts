/** The current UI language and a way to change it (persisted), for components. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage, uiLanguageOf } from './setupI18n';
import type { UiLanguage } from './uiLanguage';

export function useUiLanguage(): readonly [UiLanguage, (language: UiLanguage) => void] {
  const { i18n } = useTranslation();
  const setLanguage = useCallback((language: UiLanguage) => void changeUiLanguage(i18n, language), [i18n]);
  return [uiLanguageOf(i18n), setLanguage] as const;
}
