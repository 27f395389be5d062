/** Spanish strings of removing an imported document (see documentRemovalEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { documentRemovalEn } from './documentRemovalEn';

export const documentRemovalEs: TranslationIn<'es', typeof documentRemovalEn> = {
  remove: 'Quitar',
  removeLabel: 'Quitar «{{title}}» de la biblioteca',
  removed: '«{{title}}» se ha quitado de la biblioteca. Sus notas sobre el documento se conservan.',
  undo: 'Deshacer',
  failed: 'No se pudo quitar ni restablecer el documento: {{message}}',
  orphanBadge: 'Documento quitado',
  orphansHeading: 'Notas sobre documentos quitados',
  orphansHint: 'El documento al que se refieren estas notas ya no está en la biblioteca. Las notas y los pasajes que citan se conservan.',
};
