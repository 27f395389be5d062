/** Spanish strings of the briefing's cover, grouping, Word file and printing, the same shape as briefingSendEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { briefingSendEn } from './briefingSendEn';

export const briefingSendEs: TranslationIn<'es', typeof briefingSendEn> = {
  cover: 'Portada',
  coverHint: 'Se recordará para la próxima nota informativa.',
  delegation: 'Delegación',
  session: 'Reunión',
  agendaItems: 'Puntos del orden del día',
  coverFailed: 'No se pudo recordar la portada: {{message}}',
  grouping: 'Agrupar las notas',
  groupBySection: 'por informe y sección',
  groupByStance: 'por postura (posiciones que defender, preocupaciones, preguntas a la secretaría, seguimientos)',
  saveWord: 'Guardar como Word…',
  saveWordTitle: 'Guardar la nota informativa como documento de Word',
  wordFiles: 'Documento de Word',
  print: 'Imprimir',
  printLabel: 'Imprimir este informe con sus notas',
  alsoVersion: 'Citar también el párrafo en',
  alsoVersionNone: 'ningún otro idioma (solo el de la nota)',
  alsoVersionFailed: 'No se pudo recordar el idioma elegido: {{message}}',
};
