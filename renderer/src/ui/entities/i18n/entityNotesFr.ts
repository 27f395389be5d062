/** French strings of the entity page's list of notes, the same shape as entityNotesEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { entityNotesEn } from './entityNotesEn';

export const entityNotesFr: TranslationIn<'fr', typeof entityNotesEn> = {
  heading: 'Dans vos notes',
  count_one: 'Mentionnée dans {{count}} de vos notes.',
  count_many: 'Mentionnée dans {{count}} de vos notes.',
  count_other: 'Mentionnée dans {{count}} de vos notes.',
  empty: 'Aucune de vos notes ne la mentionne.',
  loading: 'Lecture de vos notes…',
  failed: 'Vos notes n’ont pas pu être lues : {{message}}',
  openNote: 'Ouvrir votre note sur le paragraphe {{number}} de {{report}}',
  quote: 'Passage',
  body: 'Note',
};
