/** Russian strings of revisions (see revisionsEn.ts); a revision is a «редакция». */
import type { TranslationIn } from '../../i18n/translation';
import type { revisionsEn } from './revisionsEn';

export const revisionsRu: TranslationIn<'ru', typeof revisionsEn> = {
  heading: 'Что изменилось в {{newRevision}}',
  comparing: '{{title}}: {{newRevision}} в сравнении с {{oldRevision}}',
  loading: 'Сравнение двух редакций…',
  notRevisions: 'Сравнивать нечего: {{oldId}} не является более ранней редакцией {{newId}}.',
  summaryLabel: 'Изменения по видам',
  noChanges: 'Текст двух редакций одинаков.',
  listLabel: 'Измененные пункты',
  changeNotFound: 'Изменения {{change}} нет: всего изменений в этом сравнении — {{count}}.',
  position: 'Изменение {{position}} из {{count}}',
  keysHint: 'J следующее изменение · K предыдущее изменение',
  linkToChange: 'Ссылка на это изменение',
  readOld: 'Читать {{revision}}',
  readNew: 'Читать {{revision}}',
  kinds: {
    changed: 'Изменен',
    added: 'Добавлен',
    removed: 'Удален',
    moved: 'Перемещен',
    renumbered: 'Перенумерован',
    split: 'Разделен',
    merged: 'Объединен',
    unchanged: 'Без изменений',
  },
  from: 'в {{revision}}: {{places}}',
  inserted: 'вставлено',
  deleted: 'удалено',
  library: {
    current: 'Действующая редакция ({{revision}})',
    older: 'Прежняя редакция ({{revision}})',
    readCurrent: 'Читать действующую редакцию, {{revision}}',
    whatChanged: 'Что изменилось после {{revision}}',
  },
  reader: {
    olderNotice: 'Это прежняя редакция ({{revision}}). Действующая редакция — {{current}}.',
    readCurrent: 'Читать {{revision}}',
  },
  review: {
    heading: 'Ваши заметки к {{revision}}',
    intro_one:
      '{{count}} заметка не попала на тот же фрагмент в {{newRevision}}. Подтвердите ее место, перенесите ее в другой пункт или оставьте в {{oldRevision}}.',
    intro_few:
      '{{count}} заметки не попали на тот же фрагмент в {{newRevision}}. Подтвердите место каждой, перенесите ее в другой пункт или оставьте в {{oldRevision}}.',
    intro_many:
      '{{count}} заметок не попали на тот же фрагмент в {{newRevision}}. Подтвердите место каждой, перенесите ее в другой пункт или оставьте в {{oldRevision}}.',
    intro_other:
      '{{count}} заметки не попали на тот же фрагмент в {{newRevision}}. Подтвердите место каждой, перенесите ее в другой пункт или оставьте в {{oldRevision}}.',
    carried_one: '{{count}} заметка найдена точно и перенесена в {{revision}}.',
    carried_few: '{{count}} заметки найдены точно и перенесены в {{revision}}.',
    carried_many: '{{count}} заметок найдены точно и перенесены в {{revision}}.',
    carried_other: '{{count}} заметки найдены точно и перенесены в {{revision}}.',
    allDone: 'Все заметки проверены.',
    waiting_one: '{{count}} заметка в {{revision}} ждет проверки',
    waiting_few: '{{count}} заметки в {{revision}} ждут проверки',
    waiting_many: '{{count}} заметок в {{revision}} ждут проверки',
    waiting_other: '{{count}} заметки в {{revision}} ждут проверки',
    listLabel: 'Заметки для проверки',
    status: {
      moved: 'Найдена в другом пункте',
      fuzzy: 'Найдена приблизительно',
      orphaned: 'Не найдена',
      exact: 'Найдена точно',
    },
    oldSide: '{{revision}}, {{place}}',
    newSide: '{{revision}}, {{place}}',
    notFound: 'Не найдена в {{revision}}.',
    emptyNote: '(пустая заметка)',
    confirm: 'Оставить здесь: {{place}}',
    moveTo: 'Перенести в пункт',
    move: 'Перенести',
    keep: 'Оставить в {{revision}}',
    failed: 'Не сохранено: {{message}}',
    readOnly: 'В этом окне ваши заметки доступны только для чтения, поэтому проверить их здесь нельзя.',
  },
};
