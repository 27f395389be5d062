/** Russian strings of a library card with its language versions (see libraryCardEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { libraryCardEn } from './libraryCardEn';

export const libraryCardRu: TranslationIn<'ru', typeof libraryCardEn> = {
  languages_one: 'Язык',
  languages_few: 'Языки',
  languages_many: 'Языки',
  languages_other: 'Языки',
  versionLink: 'Версия: {{language}}',
  symbol: 'Условное обозначение',
  resumeIn: 'Продолжить с места {{unit}}, версия: {{language}}',
};
