/** French strings of removing an imported document (see documentRemovalEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { documentRemovalEn } from './documentRemovalEn';

export const documentRemovalFr: TranslationIn<'fr', typeof documentRemovalEn> = {
  remove: 'Retirer',
  removeLabel: 'Retirer « {{title}} » de la bibliothèque',
  removed: '« {{title}} » a été retiré de la bibliothèque. Vos notes sur ce document sont conservées.',
  undo: 'Annuler',
  failed: 'Le document n’a pas pu être retiré ou rétabli : {{message}}',
  removeVersions: 'Retirer…',
  removeVersionsLabel: 'Retirer des versions linguistiques de « {{title}} »',
  removeVersion: 'Retirer la version en {{language}}',
  removeVersionLabel: 'Retirer de la bibliothèque la version en {{language}} de « {{title}} »',
  removeAll_one: 'Retirer tout le document ({{count}} version)',
  removeAll_many: 'Retirer tout le document ({{count}} de versions)',
  removeAll_other: 'Retirer tout le document ({{count}} versions)',
  removedVersion: 'La version en {{language}} de « {{title}} » a été retirée de la bibliothèque. Vos notes sur cette version sont conservées.',
  removedAll_one: '« {{title}} » a été retiré de la bibliothèque avec sa version linguistique. Vos notes sur ce document sont conservées.',
  removedAll_many: '« {{title}} » a été retiré de la bibliothèque avec ses {{count}} de versions linguistiques. Vos notes sur ces versions sont conservées.',
  removedAll_other: '« {{title}} » a été retiré de la bibliothèque avec ses {{count}} versions linguistiques. Vos notes sur ces versions sont conservées.',
  orphanBadge: 'Document retiré',
  orphansHeading: 'Notes sur des documents retirés',
  orphansHint: 'Le document sur lequel portent ces notes ne figure plus dans la bibliothèque. Les notes et les passages qu’elles citent sont conservés.',
};
