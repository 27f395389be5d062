/** Arabic strings of removing an imported document (see documentRemovalEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { documentRemovalEn } from './documentRemovalEn';

export const documentRemovalAr: TranslationIn<'ar', typeof documentRemovalEn> = {
  remove: 'إزالة',
  removeLabel: 'إزالة «{{title}}» من المكتبة',
  removed: 'أُزيلت «{{title}}» من المكتبة. وتبقى ملاحظاتك عليها محفوظة.',
  undo: 'تراجع',
  failed: 'تعذّرت إزالة الوثيقة أو إعادتها: {{message}}',
  removeVersions: 'إزالة…',
  removeVersionsLabel: 'إزالة نسخ لغوية من «{{title}}»',
  removeVersion: 'إزالة النسخة {{language}}',
  removeVersionLabel: 'إزالة النسخة {{language}} من «{{title}}» من المكتبة',
  removeAll_zero: 'إزالة الوثيقة كلها (لا نسخ)',
  removeAll_one: 'إزالة الوثيقة كلها (نسخة واحدة)',
  removeAll_two: 'إزالة الوثيقة كلها (نسختان)',
  removeAll_few: 'إزالة الوثيقة كلها ({{count}} نسخ)',
  removeAll_many: 'إزالة الوثيقة كلها ({{count}} نسخة)',
  removeAll_other: 'إزالة الوثيقة كلها ({{count}} نسخة)',
  removedVersion: 'أُزيلت النسخة {{language}} من «{{title}}» من المكتبة. وتبقى ملاحظاتك عليها محفوظة.',
  removedAll_zero: 'أُزيلت «{{title}}» من المكتبة. وتبقى ملاحظاتك عليها محفوظة.',
  removedAll_one: 'أُزيلت «{{title}}» من المكتبة مع نسختها اللغوية. وتبقى ملاحظاتك عليها محفوظة.',
  removedAll_two: 'أُزيلت «{{title}}» من المكتبة مع نسختيها اللغويتين. وتبقى ملاحظاتك عليهما محفوظة.',
  removedAll_few: 'أُزيلت «{{title}}» من المكتبة مع نسخها اللغوية الـ{{count}}. وتبقى ملاحظاتك عليها محفوظة.',
  removedAll_many: 'أُزيلت «{{title}}» من المكتبة مع نسخها اللغوية الـ{{count}}. وتبقى ملاحظاتك عليها محفوظة.',
  removedAll_other: 'أُزيلت «{{title}}» من المكتبة مع نسخها اللغوية الـ{{count}}. وتبقى ملاحظاتك عليها محفوظة.',
  orphanBadge: 'أُزيلت الوثيقة',
  orphansHeading: 'ملاحظات على وثائق مُزالة',
  orphansHint: 'لم تعد الوثيقة التي كُتبت عليها هذه الملاحظات في المكتبة. وتبقى الملاحظات والمقاطع التي تقتبسها محفوظة.',
};
