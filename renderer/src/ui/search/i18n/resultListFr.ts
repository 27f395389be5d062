/** French strings of the result list (see resultListEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { resultListEn } from './resultListEn';

export const resultListFr: TranslationIn<'fr', typeof resultListEn> = {
  showMore_one: 'Afficher le dernier résultat',
  showMore_many: 'Afficher plus de résultats ({{count}} de résultats pas encore listés)',
  showMore_other: 'Afficher plus de résultats ({{count}} pas encore listés)',
};
