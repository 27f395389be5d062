/**
 * Each interface language's strings in a chunk of its own, loaded when the language is first
 * shown: start-up fetches and parses the delegate's language only, not all six.
 */
import type { ar } from './ar';
import type { en } from './en';
import type { es } from './es';
import type { fr } from './fr';
import type { ru } from './ru';
import type { UiLanguage } from './uiLanguage';
import type { zh } from './zh';

/** One language's strings (the same keys as English; plurals in the language's own categories). */
export type LanguageStrings = typeof ar | typeof zh | typeof en | typeof fr | typeof ru | typeof es;

const loaders: Readonly<Record<UiLanguage, () => Promise<LanguageStrings>>> = {
  ar: () => import('./ar').then((module) => module.ar),
  zh: () => import('./zh').then((module) => module.zh),
  en: () => import('./en').then((module) => module.en),
  fr: () => import('./fr').then((module) => module.fr),
  ru: () => import('./ru').then((module) => module.ru),
  es: () => import('./es').then((module) => module.es),
};

/** The strings of one interface language. */
export function loadUiStrings(language: UiLanguage): Promise<LanguageStrings> {
  return loaders[language]();
}
