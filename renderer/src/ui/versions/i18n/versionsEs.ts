/** Spanish strings of language versions (see versionsEn.ts). Language names come from Intl in lower case ("inglés"). */
import type { TranslationIn } from '../../i18n/translation';
import type { versionsEn } from './versionsEn';

export const versionsEs: TranslationIn<'es', typeof versionsEn> = {
  barLabel: 'Versiones lingüísticas de este documento',
  thisVersion: '{{language}} (esta versión)',
  readIn: 'Leer en {{language}}',
  showBeside: 'Mostrar al lado el texto en {{language}}',
  heading: 'En paralelo: {{left}} y {{right}}',
  firstColumn: 'Primera columna',
  secondColumn: 'Segunda columna',
  readAlone: 'Leer solo el texto en {{language}}',
  missing: 'No figura en el texto en {{language}}.',
  uncertain: 'Emparejados solo por su posición: compruebe que estos párrafos se corresponden.',
  noteOn: 'Nota sobre el texto en {{language}}',
  emptyNote: '(nota vacía)',
  openNote: 'Abrir esta nota en el texto en {{language}}',
  unplacedHeading: 'Notas sobre párrafos que esta versión no tiene',
  alsoIn: 'También en {{languages}}',
  besideMissing: 'La biblioteca no tiene ninguna versión «{{id}}» de este documento.',
};
