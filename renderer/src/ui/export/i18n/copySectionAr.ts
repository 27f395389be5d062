/** Arabic strings of copying a section's notes, the same shape as copySectionEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { copySectionEn } from './copySectionEn';

export const copySectionAr: TranslationIn<'ar', typeof copySectionEn> = {
  groupLabel: 'الملاحظات في {{section}}',
  copy: 'نسخ ملاحظات القسم بنسق Markdown',
  copyNamed: 'نسخ ملاحظات القسم بنسق Markdown: {{section}}',
  copied_zero: 'لا توجد ملاحظات في {{section}}.',
  copied_one: 'ملاحظة {{section}} في الحافظة بنسق Markdown.',
  copied_two: 'ملاحظتا {{section}} في الحافظة بنسق Markdown.',
  copied_few: 'ملاحظات {{section}} الـ {{count}} في الحافظة بنسق Markdown.',
  copied_many: 'ملاحظات {{section}} ({{count}} ملاحظة) في الحافظة بنسق Markdown.',
  copied_other: 'ملاحظات {{section}} ({{count}} ملاحظة) في الحافظة بنسق Markdown.',
  copyDenied: 'رفضت الحافظة النسخ ({{message}}). افتح الملاحظات وانسخها واحدة تلو الأخرى.',
};
