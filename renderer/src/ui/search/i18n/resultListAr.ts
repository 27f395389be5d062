/** Arabic strings of the result list (see resultListEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { resultListEn } from './resultListEn';

export const resultListAr: TranslationIn<'ar', typeof resultListEn> = {
  showMore_zero: 'لا نتائج أخرى',
  showMore_one: 'عرض النتيجة الأخيرة',
  showMore_two: 'عرض النتيجتين الأخيرتين',
  showMore_few: 'عرض مزيد من النتائج ({{count}} نتائج لم تُعرض بعد)',
  showMore_many: 'عرض مزيد من النتائج ({{count}} نتيجة لم تُعرض بعد)',
  showMore_other: 'عرض مزيد من النتائج ({{count}} نتيجة لم تُعرض بعد)',
};
