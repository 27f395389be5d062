/** French strings of the search facets, the same shape as facetsEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { facetsEn } from './facetsEn';

export const facetsFr: TranslationIn<'fr', typeof facetsEn> = {
  toggle: 'Filtrer par langue, organisation, pays, année ou section',
  heading: 'Affiner les résultats',
  preparing: 'Décompte des langues, organisations, pays, années et sections…',
  kinds: {
    language: 'Langue',
    organisation: 'Organisation',
    country: 'Pays',
    year: 'Année',
    section: 'Section',
  },
  any: 'Tous',
  none: 'Aucun dans ces résultats',
  option: '{{label}} ({{count}})',
  active: 'Filtres :',
  remove: 'Retirer le filtre {{kind}} : {{label}}',
  clear: 'Effacer les filtres',
  narrowedTotal_one: '{{count}} résultat pour « {{query}} » avec ces filtres',
  narrowedTotal_many: '{{count}} de résultats pour « {{query}} » avec ces filtres',
  narrowedTotal_other: '{{count}} résultats pour « {{query}} » avec ces filtres',
  narrowedEmpty: 'Aucun paragraphe contenant « {{query}} » ne remplit tous les filtres choisis.',
  narrowedEmptyHint: 'Choisissez une autre valeur ci-dessus, ou effacez les filtres pour voir tous les résultats.',
};
