/** The briefing's own words in Arabic (see briefingStrings.ts). */
import type { BriefingStrings } from './briefingStrings';
import { sayPlace, type PlaceWords } from './placeWords';

/** "ملاحظة واحدة", "ملاحظتان", "3 ملاحظات", "11 ملاحظة" (CLDR plural categories of Arabic). */
function notesCounted(count: number): string {
  switch (new Intl.PluralRules('ar').select(count)) {
    case 'zero':
      return 'لا ملاحظات';
    case 'one':
      return 'ملاحظة واحدة';
    case 'two':
      return 'ملاحظتان';
    case 'few':
      return `${count} ملاحظات`;
    default:
      return `${count} ملاحظة`;
  }
}

const arPlace: PlaceWords = {
  title: 'عنوان التقرير',
  paragraph: (number) => `الفقرة ${number}`,
  summary: (index) => `الفقرة ${index} من الملخص`,
  action: (index) => `الإجراء المطلوب، الفقرة ${index}`,
  references: (index) => `المراجع، الفقرة ${index}`,
  header: (index) => `سطر الترويسة ${index}`,
  annex: (annex) => (annex === '' ? 'الملحق' : `الملحق ${annex}`),
  annexParagraph: (annex, number) => `${annex === '' ? 'الملحق' : `الملحق ${annex}`}، الفقرة ${number}`,
  resolutionOpening: 'مستهل القرار',
  preambleClause: (clause) => `فقرة الديباجة ${clause}`,
  operativeClause: (clause) => `فقرة المنطوق ${clause}`,
  clauseItem: (clause, item) => `${clause}، البند ${item}`,
  footnote: (mark) => `الحاشية ${mark}`,
  table: (index) => `الجدول ${index}`,
  unnumbered: (index) => `الفقرة ${index} (غير مرقمة)`,
  heading: (index) => `العنوان ${index}`,
  inPart: (part, said) => `الجزء ${part}: ${said}`,
};

export const briefingStringsAr: BriefingStrings = {
  title: (reportTitle) => (reportTitle === undefined ? 'مذكرة إحاطة' : `مذكرة إحاطة: ${reportTitle}`),
  contents: 'المحتويات',
  frontPart: 'العنوان والملخص',
  sectionNumber: (section) => `القسم ${section}`,
  paragraph: (number) => `الفقرة ${number}`,
  summaryParagraph: (number) => `الفقرة ${number} من الملخص`,
  place: (place) => sayPlace(place, arPlace),
  reportTitle: 'عنوان التقرير',
  sectionHeading: (section) => `عنوان القسم ${section}`,
  tags: 'الوسوم',
  stance: 'الموقف',
  stances: { support: 'تأييد', concern: 'قلق', question: 'سؤال', 'follow-up': 'متابعة' },
  links: 'الفقرات المرتبطة',
  linkElsewhere: ' (لم تعد في التقرير)',
  paragraphLinks: 'الروابط بين الفقرات',
  orphans: 'ملاحظات بلا مقطع',
  orphansExplained: 'لم يعد النص الذي كُتبت عليه هذه الملاحظات موجوداً في التقرير، أو أُزيلت وثيقته من المكتبة؛ وتُحفظ أدناه الاقتباسات المسجلة معها.',
  noQuote: '(لم يُسجَّل اقتباس)',
  removedDocument: (reportId) => `أُزيلت الوثيقة: ${reportId} (غير موجودة في المكتبة)`,
  noNotes: 'لا توجد ملاحظات مطابقة.',
  scopeAll: 'جميع الملاحظات',
  scopeReport: (title) => `التقرير «${title}»`,
  scopeTag: (tag) => `الوسم «${tag}»`,
  scopeStance: (stance) => `الموقف «${stance}»`,
  scopeSelection: (count) => `مختارة: ${notesCounted(count)}`,
  scopeSeparator: '، ',
  exportLine: (date, noteCount, scope) => `صُدّرت في ${date} · ${notesCounted(noteCount)} · النطاق: ${scope}`,
  counted: (label, count) => `${label} (${count})`,
  colon: ': ',
  quoted: (label) => `«${label}»`,
  changedInRevision: ' (تغيّرت في هذه المراجعة)',
  changedInNamedRevision: (revision) => ` (تغيّرت في ${revision})`,
  delegation: 'الوفد',
  session: 'الدورة',
  agendaItems: 'بنود جدول الأعمال',
  documents: 'الوثائق',
  stanceGroups: { support: 'مواقف يُدافع عنها', concern: 'مخاوف', question: 'أسئلة للأمانة', 'follow-up': 'متابعات', none: 'ملاحظات أخرى' },
  languageNames: { ar: 'العربية', zh: 'الصينية', en: 'الإنكليزية', fr: 'الفرنسية', ru: 'الروسية', es: 'الإسبانية' },
  alsoVersionLabel: (language, place) => `النسخة ${language}، ${place}:`,
  alsoVersionMissing: (language, place) => `${place}: غير موجودة في النسخة ${language}.`,
};
