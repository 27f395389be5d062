/** Arabic strings of a library card with its language versions (see libraryCardEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { libraryCardEn } from './libraryCardEn';

export const libraryCardAr: TranslationIn<'ar', typeof libraryCardEn> = {
  languages_zero: 'اللغات',
  languages_one: 'اللغة',
  languages_two: 'اللغتان',
  languages_few: 'اللغات',
  languages_many: 'اللغات',
  languages_other: 'اللغات',
  versionLink: 'النسخة {{language}}',
  symbol: 'رمز الوثيقة',
  resumeIn: 'المتابعة من {{unit}} في النسخة {{language}}',
};
