/** Spanish strings of a library card with its language versions (see libraryCardEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { libraryCardEn } from './libraryCardEn';

export const libraryCardEs: TranslationIn<'es', typeof libraryCardEn> = {
  languages_one: 'Idioma',
  languages_many: 'Idiomas',
  languages_other: 'Idiomas',
  versionLink: 'Versión en {{language}}',
  symbol: 'Signatura',
  resumeIn: 'Continuar en {{unit}} de la versión en {{language}}',
};
