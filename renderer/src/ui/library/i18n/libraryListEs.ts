/** Spanish strings of the library's list (see libraryListEn.ts). */
import type { TranslationIn } from '../../i18n/translation';
import type { libraryListEn } from './libraryListEn';

export const libraryListEs: TranslationIn<'es', typeof libraryListEn> = {
  showMore_one: 'Mostrar el último documento',
  showMore_many: 'Mostrar más documentos ({{count}} de documentos aún sin listar)',
  showMore_other: 'Mostrar más documentos ({{count}} aún sin listar)',
  preparing: 'Preparando la lista de documentos…',
};
