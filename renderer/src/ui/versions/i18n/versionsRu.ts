/**
 * Russian strings of language versions (see versionsEn.ts). Language names come from Intl in the
 * nominative ("английский"), so they follow a colon rather than a preposition that would decline them.
 */
import type { TranslationIn } from '../../i18n/translation';
import type { versionsEn } from './versionsEn';

export const versionsRu: TranslationIn<'ru', typeof versionsEn> = {
  barLabel: 'Языковые версии этого документа',
  thisVersion: '{{language}} (эта версия)',
  readIn: 'Читать версию: {{language}}',
  showBeside: 'Показать рядом версию: {{language}}',
  heading: 'Рядом: {{left}} и {{right}}',
  firstColumn: 'Первая колонка',
  secondColumn: 'Вторая колонка',
  readAlone: 'Читать только версию: {{language}}',
  missing: 'Нет в версии: {{language}}.',
  uncertain: 'Сопоставлены только по положению: проверьте, что эти пункты соответствуют друг другу.',
  noteOn: 'Заметка к версии: {{language}}',
  emptyNote: '(пустая заметка)',
  openNote: 'Открыть эту заметку в версии: {{language}}',
  unplacedHeading: 'Заметки к пунктам, которых нет в этой версии',
  alsoIn: 'Есть также версии: {{languages}}',
  besideMissing: 'В библиотеке нет версии «{{id}}» этого документа.',
};
