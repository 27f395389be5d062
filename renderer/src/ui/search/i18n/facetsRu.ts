/** Russian strings of the search facets, the same shape as facetsEn. */
import type { TranslationIn } from '../../i18n/translation';
import type { facetsEn } from './facetsEn';

export const facetsRu: TranslationIn<'ru', typeof facetsEn> = {
  toggle: 'Фильтр по языку, организации, стране, году или разделу',
  heading: 'Уточнить результаты',
  preparing: 'Подсчет языков, организаций, стран, лет и разделов…',
  kinds: {
    language: 'Язык',
    organisation: 'Организация',
    country: 'Страна',
    year: 'Год',
    section: 'Раздел',
  },
  any: 'Любой',
  none: 'Нет в этих результатах',
  option: '{{label}} ({{count}})',
  active: 'Фильтры:',
  remove: 'Убрать фильтр «{{kind}}»: {{label}}',
  clear: 'Сбросить фильтры',
  narrowedTotal_one: '{{count}} результат по запросу «{{query}}» с этими фильтрами',
  narrowedTotal_few: '{{count}} результата по запросу «{{query}}» с этими фильтрами',
  narrowedTotal_many: '{{count}} результатов по запросу «{{query}}» с этими фильтрами',
  narrowedTotal_other: '{{count}} результата по запросу «{{query}}» с этими фильтрами',
  narrowedEmpty: 'Ни один пункт с «{{query}}» не соответствует всем выбранным фильтрам.',
  narrowedEmptyHint: 'Выберите другое значение выше или сбросьте фильтры, чтобы увидеть все результаты.',
};
