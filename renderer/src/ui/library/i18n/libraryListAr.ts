/** Arabic strings of the library's list (see libraryListEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { libraryListEn } from './libraryListEn';

export const libraryListAr: TranslationIn<'ar', typeof libraryListEn> = {
  showMore_zero: 'لا وثائق أخرى',
  showMore_one: 'عرض الوثيقة الأخيرة',
  showMore_two: 'عرض الوثيقتين الأخيرتين',
  showMore_few: 'عرض مزيد من الوثائق ({{count}} وثائق لم تُعرض بعد)',
  showMore_many: 'عرض مزيد من الوثائق ({{count}} وثيقة لم تُعرض بعد)',
  showMore_other: 'عرض مزيد من الوثائق ({{count}} وثيقة لم تُعرض بعد)',
  preparing: 'جارٍ إعداد قائمة الوثائق…',
};
