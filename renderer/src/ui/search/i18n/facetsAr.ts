/** Arabic strings of the search facets, the same shape as facetsEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { facetsEn } from './facetsEn';

export const facetsAr: TranslationIn<'ar', typeof facetsEn> = {
  toggle: 'التصفية حسب اللغة أو المنظمة أو البلد أو السنة أو القسم',
  heading: 'تضييق النتائج',
  preparing: 'جارٍ عدّ اللغات والمنظمات والبلدان والسنوات والأقسام…',
  kinds: {
    language: 'اللغة',
    organisation: 'المنظمة',
    country: 'البلد',
    year: 'السنة',
    section: 'القسم',
  },
  any: 'الكل',
  none: 'لا شيء في هذه النتائج',
  option: '{{label}} ({{count}})',
  active: 'عوامل التصفية:',
  remove: 'إزالة عامل التصفية {{kind}}: {{label}}',
  clear: 'مسح عوامل التصفية',
  narrowedTotal_zero: 'لا نتائج لـ «{{query}}» مع عوامل التصفية هذه',
  narrowedTotal_one: 'نتيجة واحدة لـ «{{query}}» مع عوامل التصفية هذه',
  narrowedTotal_two: 'نتيجتان لـ «{{query}}» مع عوامل التصفية هذه',
  narrowedTotal_few: '{{count}} نتائج لـ «{{query}}» مع عوامل التصفية هذه',
  narrowedTotal_many: '{{count}} نتيجة لـ «{{query}}» مع عوامل التصفية هذه',
  narrowedTotal_other: '{{count}} نتيجة لـ «{{query}}» مع عوامل التصفية هذه',
  narrowedEmpty: 'لا توجد فقرة تطابق «{{query}}» وتستوفي كل عوامل التصفية المختارة.',
  narrowedEmptyHint: 'اختر قيمة أخرى أعلاه، أو امسح عوامل التصفية لرؤية كل النتائج.',
};
