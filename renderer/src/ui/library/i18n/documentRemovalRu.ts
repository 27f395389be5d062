/** Russian strings of removing an imported document (see documentRemovalEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { documentRemovalEn } from './documentRemovalEn';

export const documentRemovalRu: TranslationIn<'ru', typeof documentRemovalEn> = {
  remove: 'Удалить',
  removeLabel: 'Удалить «{{title}}» из библиотеки',
  removed: 'Документ «{{title}}» удален из библиотеки. Ваши заметки к нему сохранены.',
  undo: 'Отменить',
  failed: 'Не удалось удалить или вернуть документ: {{message}}',
  removeVersions: 'Удалить…',
  removeVersionsLabel: 'Удалить языковые версии «{{title}}»',
  removeVersion: 'Удалить версию: {{language}}',
  removeVersionLabel: 'Удалить из библиотеки версию «{{title}}»: {{language}}',
  removeAll_one: 'Удалить весь документ ({{count}} версия)',
  removeAll_few: 'Удалить весь документ ({{count}} версии)',
  removeAll_many: 'Удалить весь документ ({{count}} версий)',
  removeAll_other: 'Удалить весь документ ({{count}} версии)',
  removedVersion: 'Версия документа «{{title}}» ({{language}}) удалена из библиотеки. Ваши заметки к ней сохранены.',
  removedAll_one: 'Документ «{{title}}» удален из библиотеки вместе с {{count}} языковой версией. Ваши заметки к нему сохранены.',
  removedAll_few: 'Документ «{{title}}» удален из библиотеки вместе с {{count}} языковыми версиями. Ваши заметки к ним сохранены.',
  removedAll_many: 'Документ «{{title}}» удален из библиотеки вместе с {{count}} языковыми версиями. Ваши заметки к ним сохранены.',
  removedAll_other: 'Документ «{{title}}» удален из библиотеки вместе с {{count}} языковой версии. Ваши заметки к ним сохранены.',
  orphanBadge: 'Документ удален',
  orphansHeading: 'Заметки к удаленным документам',
  orphansHint: 'Документа, к которому сделаны эти заметки, больше нет в библиотеке. Заметки и цитируемые в них фрагменты сохранены.',
};
