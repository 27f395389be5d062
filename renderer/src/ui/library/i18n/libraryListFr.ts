/** French strings of the library's list (see libraryListEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { libraryListEn } from './libraryListEn';

export const libraryListFr: TranslationIn<'fr', typeof libraryListEn> = {
  showMore_one: 'Afficher le dernier document',
  showMore_many: 'Afficher plus de documents ({{count}} de documents pas encore listés)',
  showMore_other: 'Afficher plus de documents ({{count}} pas encore listés)',
  preparing: 'Préparation de la liste des documents…',
};
