/** The briefing's own words in Russian (see briefingStrings.ts). */
import type { BriefingStrings } from './briefingStrings';

/** "заметка", "заметки" or "заметок" after a count (CLDR plural categories of Russian). */
function notesWord(count: number): string {
  const category = new Intl.PluralRules('ru').select(count);
  return category === 'one' ? 'заметка' : category === 'few' ? 'заметки' : category === 'many' ? 'заметок' : 'заметки';
}

export const briefingStringsRu: BriefingStrings = {
  title: (reportTitle) => (reportTitle === undefined ? 'Справка по заметкам' : `Справка: ${reportTitle}`),
  contents: 'Содержание',
  frontPart: 'Название и резюме',
  sectionNumber: (section) => `Раздел ${section}`,
  paragraph: (number) => `Пункт ${number}`,
  summaryParagraph: (number) => `Пункт ${number} резюме`,
  reportTitle: 'Название отчета',
  sectionHeading: (section) => `Заголовок раздела ${section}`,
  tags: 'Метки',
  stance: 'Позиция',
  stances: { support: 'Поддержка', concern: 'Озабоченность', question: 'Вопрос', 'follow-up': 'Последующие действия' },
  links: 'Связанные пункты',
  linkElsewhere: ' (больше нет в отчете)',
  paragraphLinks: 'Связи между пунктами',
  orphans: 'Заметки без фрагмента',
  orphansExplained: 'Текст, к которому сделаны эти заметки, больше не найден в отчете; записанные с ними цитаты приведены ниже.',
  noQuote: '(цитата не записана)',
  unknownReport: (reportId) => `Отчет ${reportId} (нет в библиотеке)`,
  noNotes: 'Подходящих заметок нет.',
  scopeAll: 'все заметки',
  scopeReport: (title) => `отчет «${title}»`,
  scopeTag: (tag) => `метка «${tag}»`,
  scopeStance: (stance) => `позиция «${stance}»`,
  scopeSelection: (count) => `выбрано: ${count} ${notesWord(count)}`,
  scopeSeparator: ', ',
  exportLine: (date, noteCount, scope) => `Экспортировано ${date} · ${noteCount} ${notesWord(noteCount)} · Выборка: ${scope}`,
  counted: (label, count) => `${label} (${count})`,
  colon: ': ',
  quoted: (label) => `«${label}»`,
  changedInRevision: ' (изменен в этом пересмотре)',
  delegation: 'Делегация',
  session: 'Сессия',
  agendaItems: 'Пункты повестки дня',
  documents: 'Документы',
  stanceGroups: { support: 'Позиции для отстаивания', concern: 'Озабоченности', question: 'Вопросы секретариату', 'follow-up': 'Последующие действия', none: 'Прочие заметки' },
};
