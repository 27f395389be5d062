/** Arabic strings of the entity page's list of notes, the same shape as entityNotesEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { entityNotesEn } from './entityNotesEn';

export const entityNotesAr: TranslationIn<'ar', typeof entityNotesEn> = {
  heading: 'في ملاحظاتك',
  count_zero: 'لم يُذكر في أي من ملاحظاتك.',
  count_one: 'مذكور في ملاحظة واحدة من ملاحظاتك.',
  count_two: 'مذكور في ملاحظتين من ملاحظاتك.',
  count_few: 'مذكور في {{count}} ملاحظات من ملاحظاتك.',
  count_many: 'مذكور في {{count}} ملاحظة من ملاحظاتك.',
  count_other: 'مذكور في {{count}} ملاحظة من ملاحظاتك.',
  empty: 'لا تذكره أي من ملاحظاتك.',
  loading: 'جارٍ قراءة ملاحظاتك…',
  failed: 'تعذّرت قراءة ملاحظاتك: {{message}}',
  openNote: 'فتح ملاحظتك على الفقرة {{number}} من {{report}}',
  quote: 'المقطع',
  body: 'الملاحظة',
};
