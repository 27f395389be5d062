/** Russian strings of the briefing's cover, grouping, Word file and printing, the same shape as briefingSendEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { briefingSendEn } from './briefingSendEn';

export const briefingSendRu: TranslationIn<'ru', typeof briefingSendEn> = {
  cover: 'Титульный лист',
  coverHint: 'Запоминается для следующей справки.',
  delegation: 'Делегация',
  session: 'Сессия',
  agendaItems: 'Пункты повестки дня',
  coverFailed: 'Не удалось запомнить титульный лист: {{message}}',
  grouping: 'Группировать заметки',
  groupBySection: 'по отчету и разделу',
  groupByStance: 'по позиции (позиции для отстаивания, озабоченности, вопросы секретариату, последующие действия)',
  saveWord: 'Сохранить в Word…',
  saveWordTitle: 'Сохранить справку как документ Word',
  wordFiles: 'Документ Word',
  print: 'Печать',
  printLabel: 'Печать этого отчета с вашими заметками',
  alsoVersion: 'Также цитировать пункт на языке',
  alsoVersionNone: 'нет (только язык заметки)',
  alsoVersionFailed: 'Не удалось запомнить выбранный язык: {{message}}',
};
