/** French strings of a library card with its language versions (see libraryCardEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { libraryCardEn } from './libraryCardEn';

export const libraryCardFr: TranslationIn<'fr', typeof libraryCardEn> = {
  languages_one: 'Langue',
  languages_many: 'Langues',
  languages_other: 'Langues',
  versionLink: 'Version en {{language}}',
  symbol: 'Cote',
  resumeIn: 'Reprendre au {{unit}} de la version en {{language}}',
};
