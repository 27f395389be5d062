/** Spanish strings of the result list (see resultListEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { resultListEn } from './resultListEn';

export const resultListEs: TranslationIn<'es', typeof resultListEn> = {
  showMore_one: 'Mostrar el último resultado',
  showMore_many: 'Mostrar más resultados ({{count}} de resultados aún sin listar)',
  showMore_other: 'Mostrar más resultados ({{count}} aún sin listar)',
};
