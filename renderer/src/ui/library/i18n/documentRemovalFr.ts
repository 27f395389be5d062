/** French strings of removing an imported document (see documentRemovalEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { documentRemovalEn } from './documentRemovalEn';

export const documentRemovalFr: TranslationIn<'fr', typeof documentRemovalEn> = {
  remove: 'Retirer',
  removeLabel: 'Retirer « {{title}} » de la bibliothèque',
  removed: '« {{title}} » a été retiré de la bibliothèque. Vos notes sur ce document sont conservées.',
  undo: 'Annuler',
  failed: 'Le document n’a pas pu être retiré ou rétabli : {{message}}',
  orphanBadge: 'Document retiré',
  orphansHeading: 'Notes sur des documents retirés',
  orphansHint: 'Le document sur lequel portent ces notes ne figure plus dans la bibliothèque. Les notes et les passages qu’elles citent sont conservés.',
};
