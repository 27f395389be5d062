/** Arabic strings of the keyboard help, the same shape as keyboardEn.ts. */
import type { TranslationIn } from '../../i18n/translation';
import type { keyboardEn } from './keyboardEn';

export const keyboardAr: TranslationIn<'ar', typeof keyboardEn> = {
  listHeading: 'اختصارات لوحة المفاتيح',
  close: 'إغلاق',
  listHint: 'اضغط ? في أي مكان خارج حقول النص لعرض هذه القائمة.',
  groups: {
    everywhere: 'في كل مكان',
    search: 'في مربع البحث',
    reader: 'في القارئ',
    editor: 'في محرر الملاحظات',
    changes: 'في «ما الذي تغيّر»',
  },
  keys: {
    focusSearch: 'الانتقال إلى مربع البحث',
    showList: 'عرض هذه القائمة',
    chooseResult: 'اختيار نتيجة',
    openResult: 'فتح النتيجة المختارة',
    leaveSearch: 'مغادرة مربع البحث (تبقى النتائج)',
    annotate: 'ملاحظة على المقطع المحدد أو على الفقرة الحالية',
    selectText: 'تحديد النص بلوحة المفاتيح (التصفح بالمؤشر)، ثم الضغط على N',
    chips: 'التنقل بين كيانات الفقرة (محطة Tab واحدة لكل فقرة)',
    closeEditor: 'إغلاق المحرر (يُحفظ ما كتبته)',
    nextChange: 'التغيير التالي',
    previousChange: 'التغيير السابق',
  },
  hint: {
    text: '✎ يضيف ملاحظة على فقرة (أو حدّد مقطعاً أولاً)؛ ⇄ يربطها بفقرة أخرى. اضغط ? لعرض اختصارات لوحة المفاتيح.',
    dismiss: 'فهمت',
  },
};
