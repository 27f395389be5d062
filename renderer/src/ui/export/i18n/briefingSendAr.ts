/** Arabic strings of the briefing's cover, grouping, Word file and printing, the same shape as briefingSendEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { briefingSendEn } from './briefingSendEn';

export const briefingSendAr: TranslationIn<'ar', typeof briefingSendEn> = {
  cover: 'صفحة الغلاف',
  coverHint: 'تُحفظ لمذكرة الإحاطة التالية.',
  delegation: 'الوفد',
  session: 'الدورة',
  agendaItems: 'بنود جدول الأعمال',
  coverFailed: 'تعذّر حفظ صفحة الغلاف: {{message}}',
  grouping: 'تجميع الملاحظات',
  groupBySection: 'حسب التقرير والقسم',
  groupByStance: 'حسب الموقف (مواقف يُدافع عنها، ومخاوف، وأسئلة للأمانة، ومتابعات)',
  saveWord: 'الحفظ بنسق Word…',
  saveWordTitle: 'حفظ مذكرة الإحاطة كوثيقة Word',
  wordFiles: 'وثيقة Word',
  print: 'طباعة',
  printLabel: 'طباعة هذا التقرير مع ملاحظاتك',
  alsoVersion: 'اقتباس الفقرة أيضاً باللغة',
  alsoVersionNone: 'لا شيء (لغة الملاحظة فقط)',
  alsoVersionFailed: 'تعذّر تذكّر اللغة المختارة: {{message}}',
};
