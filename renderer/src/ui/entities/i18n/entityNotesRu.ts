/** Russian strings of the entity page's list of notes, the same shape as entityNotesEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { entityNotesEn } from './entityNotesEn';

export const entityNotesRu: TranslationIn<'ru', typeof entityNotesEn> = {
  heading: 'В ваших заметках',
  count_one: 'Упоминается в {{count}} вашей заметке.',
  count_few: 'Упоминается в {{count}} ваших заметках.',
  count_many: 'Упоминается в {{count}} ваших заметках.',
  count_other: 'Упоминается в {{count}} вашей заметки.',
  empty: 'Ни в одной вашей заметке не упоминается.',
  loading: 'Чтение ваших заметок…',
  failed: 'Не удалось прочитать ваши заметки: {{message}}',
  openNote: 'Открыть вашу заметку к пункту {{number}} документа {{report}}',
  quote: 'Фрагмент',
  body: 'Заметка',
};
