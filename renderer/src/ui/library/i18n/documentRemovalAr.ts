/** Arabic strings of removing an imported document (see documentRemovalEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { documentRemovalEn } from './documentRemovalEn';

export const documentRemovalAr: TranslationIn<'ar', typeof documentRemovalEn> = {
  remove: 'إزالة',
  removeLabel: 'إزالة «{{title}}» من المكتبة',
  removed: 'أُزيلت «{{title}}» من المكتبة. وتبقى ملاحظاتك عليها محفوظة.',
  undo: 'تراجع',
  failed: 'تعذّرت إزالة الوثيقة أو إعادتها: {{message}}',
  orphanBadge: 'أُزيلت الوثيقة',
  orphansHeading: 'ملاحظات على وثائق مُزالة',
  orphansHint: 'لم تعد الوثيقة التي كُتبت عليها هذه الملاحظات في المكتبة. وتبقى الملاحظات والمقاطع التي تقتبسها محفوظة.',
};
