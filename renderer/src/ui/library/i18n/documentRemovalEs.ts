/** Spanish strings of removing an imported document (see documentRemovalEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { documentRemovalEn } from './documentRemovalEn';

export const documentRemovalEs: TranslationIn<'es', typeof documentRemovalEn> = {
  remove: 'Quitar',
  removeLabel: 'Quitar «{{title}}» de la biblioteca',
  removed: '«{{title}}» se ha quitado de la biblioteca. Sus notas sobre el documento se conservan.',
  undo: 'Deshacer',
  failed: 'No se pudo quitar ni restablecer el documento: {{message}}',
  removeVersions: 'Quitar…',
  removeVersionsLabel: 'Quitar versiones lingüísticas de «{{title}}»',
  removeVersion: 'Quitar la versión en {{language}}',
  removeVersionLabel: 'Quitar de la biblioteca la versión en {{language}} de «{{title}}»',
  removeAll_one: 'Quitar todo el documento ({{count}} versión)',
  removeAll_many: 'Quitar todo el documento ({{count}} de versiones)',
  removeAll_other: 'Quitar todo el documento ({{count}} versiones)',
  removedVersion: 'La versión en {{language}} de «{{title}}» se ha quitado de la biblioteca. Sus notas sobre ella se conservan.',
  removedAll_one: '«{{title}}» se ha quitado de la biblioteca con su versión lingüística. Sus notas sobre el documento se conservan.',
  removedAll_many: '«{{title}}» se ha quitado de la biblioteca con sus {{count}} de versiones lingüísticas. Sus notas sobre ellas se conservan.',
  removedAll_other: '«{{title}}» se ha quitado de la biblioteca con sus {{count}} versiones lingüísticas. Sus notas sobre ellas se conservan.',
  orphanBadge: 'Documento quitado',
  orphansHeading: 'Notas sobre documentos quitados',
  orphansHint: 'El documento al que se refieren estas notas ya no está en la biblioteca. Las notas y los pasajes que citan se conservan.',
};
