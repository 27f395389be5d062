/**
 * Every interface language's strings at once, as i18next resources (one namespace,
 * `translation`), for checks across the languages; the app loads one at a time (uiStrings.ts).
 */
import type { Resource } from 'i18next';
import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import type { UiLanguage } from './uiLanguage';
import { zh } from './zh';

export const uiResources = {
  ar: { translation: ar },
  zh: { translation: zh },
  en: { translation: en },
  fr: { translation: fr },
  ru: { translation: ru },
  es: { translation: es },
} satisfies Record<UiLanguage, Resource[string]>;
