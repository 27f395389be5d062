/** Spanish strings of the entity page's list of notes, the same shape as entityNotesEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { entityNotesEn } from './entityNotesEn';

export const entityNotesEs: TranslationIn<'es', typeof entityNotesEn> = {
  heading: 'En sus notas',
  count_one: 'Mencionado en {{count}} de sus notas.',
  count_many: 'Mencionado en {{count}} de sus notas.',
  count_other: 'Mencionado en {{count}} de sus notas.',
  empty: 'Ninguna de sus notas lo menciona.',
  loading: 'Leyendo sus notas…',
  failed: 'No se pudieron leer sus notas: {{message}}',
  openNote: 'Abrir su nota sobre el párrafo {{number}} de {{report}}',
  quote: 'Pasaje',
  body: 'Nota',
};
