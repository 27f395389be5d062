/** The briefing's own words in Russian (see briefingStrings.ts). */
import type { BriefingStrings } from './briefingStrings';
import { sayPlace, type PlaceWords } from './placeWords';

/** "заметка", "заметки" or "заметок" after a count (CLDR plural categories of Russian). */
function notesWord(count: number): string {
  const category = new Intl.PluralRules('ru').select(count);
  return category === 'one' ? 'заметка' : category === 'few' ? 'заметки' : category === 'many' ? 'заметок' : 'заметки';
}

const ruPlace: PlaceWords = {
  title: 'Название отчета',
  paragraph: (number) => `Пункт ${number}`,
  summary: (index) => `Пункт ${index} резюме`,
  action: (index) => `Необходимые действия, пункт ${index}`,
  references: (index) => `Справочные материалы, пункт ${index}`,
  header: (index) => `Строка шапки ${index}`,
  annex: (annex) => (annex === '' ? 'Приложение' : `Приложение ${annex}`),
  annexParagraph: (annex, number) => `${annex === '' ? 'Приложение' : `Приложение ${annex}`}, пункт ${number}`,
  resolutionOpening: 'Начало резолюции',
  preambleClause: (clause) => `Пункт ${clause} преамбулы`,
  operativeClause: (clause) => `Пункт ${clause} постановляющей части`,
  clauseItem: (clause, item) => `${clause}, подпункт ${item}`,
  footnote: (mark) => `Сноска ${mark}`,
  table: (index) => `Таблица ${index}`,
  unnumbered: (index) => `Абзац ${index} (без номера)`,
  heading: (index) => `Заголовок ${index}`,
  inPart: (part, said) => `Часть ${part}: ${said}`,
};

export const briefingStringsRu: BriefingStrings = {
  title: (reportTitle) => (reportTitle === undefined ? 'Справка по заметкам' : `Справка: ${reportTitle}`),
  contents: 'Содержание',
  frontPart: 'Название и резюме',
  sectionNumber: (section) => `Раздел ${section}`,
  paragraph: (number) => `Пункт ${number}`,
  summaryParagraph: (number) => `Пункт ${number} резюме`,
  place: (place) => sayPlace(place, ruPlace),
  reportTitle: 'Название отчета',
  sectionHeading: (section) => `Заголовок раздела ${section}`,
  tags: 'Метки',
  stance: 'Позиция',
  stances: { support: 'Поддержка', concern: 'Озабоченность', question: 'Вопрос', 'follow-up': 'Последующие действия' },
  links: 'Связанные пункты',
  linkElsewhere: ' (больше нет в отчете)',
  paragraphLinks: 'Связи между пунктами',
  orphans: 'Заметки без фрагмента',
  orphansExplained: 'Текст, к которому сделаны эти заметки, больше не найден в отчете, или его документ удален из библиотеки; записанные с ними цитаты приведены ниже.',
  noQuote: '(цитата не записана)',
  removedDocument: (reportId) => `Документ удален: ${reportId} (нет в библиотеке)`,
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
  changedInRevision: ' (изменен в этой редакции)',
  changedInNamedRevision: (revision) => ` (изменен в ${revision})`,
  delegation: 'Делегация',
  session: 'Сессия',
  agendaItems: 'Пункты повестки дня',
  documents: 'Документы',
  stanceGroups: { support: 'Позиции для отстаивания', concern: 'Озабоченности', question: 'Вопросы секретариату', 'follow-up': 'Последующие действия', none: 'Прочие заметки' },
  // In the prepositional case: "версия на французском языке".
  languageNames: { ar: 'арабском', zh: 'китайском', en: 'английском', fr: 'французском', ru: 'русском', es: 'испанском' },
  alsoVersionLabel: (language, place) => `Версия на ${language} языке, ${place}:`,
  alsoVersionMissing: (language, place) => `${place}: нет в версии на ${language} языке.`,
};
