/** Russian strings of removing an imported document (see documentRemovalEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { documentRemovalEn } from './documentRemovalEn';

export const documentRemovalRu: TranslationIn<'ru', typeof documentRemovalEn> = {
  remove: 'Удалить',
  removeLabel: 'Удалить «{{title}}» из библиотеки',
  removed: 'Документ «{{title}}» удален из библиотеки. Ваши заметки к нему сохранены.',
  undo: 'Отменить',
  failed: 'Не удалось удалить или вернуть документ: {{message}}',
  orphanBadge: 'Документ удален',
  orphansHeading: 'Заметки к удаленным документам',
  orphansHint: 'Документа, к которому сделаны эти заметки, больше нет в библиотеке. Заметки и цитируемые в них фрагменты сохранены.',
};
