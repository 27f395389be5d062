/** Russian strings of the library's list (see libraryListEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { libraryListEn } from './libraryListEn';

export const libraryListRu: TranslationIn<'ru', typeof libraryListEn> = {
  showMore_one: 'Показать еще документы (еще {{count}} документ не показан)',
  showMore_few: 'Показать еще документы (еще {{count}} документа не показаны)',
  showMore_many: 'Показать еще документы (еще {{count}} документов не показаны)',
  showMore_other: 'Показать еще документы (еще {{count}} документа не показаны)',
  preparing: 'Подготовка списка документов…',
};
