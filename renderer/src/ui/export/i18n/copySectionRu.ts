/** Russian strings of copying a section's notes, the same shape as copySectionEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { copySectionEn } from './copySectionEn';

export const copySectionRu: TranslationIn<'ru', typeof copySectionEn> = {
  groupLabel: 'Заметки в разделе {{section}}',
  copy: 'Копировать заметки раздела как Markdown',
  copyNamed: 'Копировать заметки раздела как Markdown: {{section}}',
  copied_one: '{{count}} заметка раздела {{section}} скопирована в буфер обмена как Markdown.',
  copied_few: '{{count}} заметки раздела {{section}} скопированы в буфер обмена как Markdown.',
  copied_many: '{{count}} заметок раздела {{section}} скопированы в буфер обмена как Markdown.',
  copied_other: '{{count}} заметки раздела {{section}} скопированы в буфер обмена как Markdown.',
  copyDenied: 'Буфер обмена отказал ({{message}}). Откройте заметки и скопируйте их по одной.',
};
