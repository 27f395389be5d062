/** Spanish strings of the search facets, the same shape as facetsEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { facetsEn } from './facetsEn';

export const facetsEs: TranslationIn<'es', typeof facetsEn> = {
  toggle: 'Filtrar por idioma, organización, país, año o sección',
  heading: 'Acotar los resultados',
  preparing: 'Contando idiomas, organizaciones, países, años y secciones…',
  kinds: {
    language: 'Idioma',
    organisation: 'Organización',
    country: 'País',
    year: 'Año',
    section: 'Sección',
  },
  any: 'Todos',
  none: 'Ninguno en estos resultados',
  option: '{{label}} ({{count}})',
  active: 'Filtros:',
  remove: 'Quitar el filtro {{kind}}: {{label}}',
  clear: 'Borrar los filtros',
  narrowedTotal_one: '{{count}} resultado para «{{query}}» con estos filtros',
  narrowedTotal_many: '{{count}} de resultados para «{{query}}» con estos filtros',
  narrowedTotal_other: '{{count}} resultados para «{{query}}» con estos filtros',
  narrowedEmpty: 'Ningún párrafo con «{{query}}» cumple todos los filtros elegidos.',
  narrowedEmptyHint: 'Elija otro valor arriba, o borre los filtros para ver todos los resultados.',
};
