/** Spanish strings of the keyboard help, the same shape as keyboardEn.ts. */
import type { TranslationIn } from '../../i18n/translation';
import type { keyboardEn } from './keyboardEn';

export const keyboardEs: TranslationIn<'es', typeof keyboardEn> = {
  listHeading: 'Atajos de teclado',
  close: 'Cerrar',
  listHint: 'Pulse ? fuera de un campo de texto para mostrar esta lista.',
  groups: {
    everywhere: 'En cualquier lugar',
    search: 'En el cuadro de búsqueda',
    reader: 'En el lector',
    editor: 'En el editor de notas',
    changes: 'En «Qué ha cambiado»',
  },
  keys: {
    focusSearch: 'Ir al cuadro de búsqueda',
    showList: 'Mostrar esta lista',
    chooseResult: 'Elegir un resultado',
    openResult: 'Abrir el resultado elegido',
    leaveSearch: 'Salir del cuadro de búsqueda (los resultados se mantienen)',
    annotate: 'Anotar el pasaje seleccionado, o el párrafo activo',
    selectText: 'Seleccionar texto con el teclado (navegación con cursor) y pulsar N',
    chips: 'Pasar de una entidad a otra de un párrafo (una sola parada de tabulación por párrafo)',
    closeEditor: 'Cerrar el editor (lo escrito se guarda)',
    nextChange: 'Cambio siguiente',
    previousChange: 'Cambio anterior',
  },
  hint: {
    text: '✎ anota un párrafo (o seleccione antes un pasaje); ⇄ lo vincula con otro párrafo. Pulse ? para ver los atajos de teclado.',
    dismiss: 'Entendido',
  },
};
