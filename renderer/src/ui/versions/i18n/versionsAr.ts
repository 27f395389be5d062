/** Arabic strings of language versions (see versionsEn.ts). Language names come from Intl with the article ("الإنجليزية"), hence "باللغة {{language}}". */
import type { TranslationIn } from '../../i18n/translation';
import type { versionsEn } from './versionsEn';

export const versionsAr: TranslationIn<'ar', typeof versionsEn> = {
  barLabel: 'النسخ اللغوية لهذه الوثيقة',
  thisVersion: '{{language}} (هذه النسخة)',
  readIn: 'القراءة باللغة {{language}}',
  showBeside: 'عرض النص باللغة {{language}} جنباً إلى جنب',
  heading: 'جنباً إلى جنب: {{left}} و{{right}}',
  firstColumn: 'العمود الأول',
  secondColumn: 'العمود الثاني',
  readAlone: 'قراءة النص باللغة {{language}} وحده',
  missing: 'غير موجودة في النص باللغة {{language}}.',
  uncertain: 'قُرنت الفقرتان حسب موضعهما فقط: تحقّق من أنهما متطابقتان.',
  noteOn: 'ملاحظة على النص باللغة {{language}}',
  emptyNote: '(ملاحظة فارغة)',
  openNote: 'فتح هذه الملاحظة في النص باللغة {{language}}',
  unplacedHeading: 'ملاحظات على فقرات لا توجد في هذه النسخة',
  alsoIn: 'متاحة أيضاً باللغات: {{languages}}',
  besideMissing: 'لا توجد في المكتبة نسخة «{{id}}» من هذه الوثيقة.',
};
