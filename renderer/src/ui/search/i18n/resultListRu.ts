/** Russian strings of the result list (see resultListEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { resultListEn } from './resultListEn';

export const resultListRu: TranslationIn<'ru', typeof resultListEn> = {
  showMore_one: 'Показать еще результаты (еще {{count}} результат не показан)',
  showMore_few: 'Показать еще результаты (еще {{count}} результата не показаны)',
  showMore_many: 'Показать еще результаты (еще {{count}} результатов не показаны)',
  showMore_other: 'Показать еще результаты (еще {{count}} результата не показаны)',
};
