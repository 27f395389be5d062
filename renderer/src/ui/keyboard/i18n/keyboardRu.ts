/** Russian strings of the keyboard help, the same shape as keyboardEn.ts. */
import type { TranslationIn } from '../../i18n/translation';
import type { keyboardEn } from './keyboardEn';

export const keyboardRu: TranslationIn<'ru', typeof keyboardEn> = {
  listHeading: 'Сочетания клавиш',
  close: 'Закрыть',
  listHint: 'Нажмите ? вне текстового поля, чтобы показать этот список.',
  groups: {
    everywhere: 'Везде',
    search: 'В поле поиска',
    reader: 'При чтении',
    editor: 'В редакторе заметок',
    changes: 'В разделе «Что изменилось»',
  },
  keys: {
    focusSearch: 'Перейти в поле поиска',
    showList: 'Показать этот список',
    chooseResult: 'Выбрать результат',
    openResult: 'Открыть выбранный результат',
    leaveSearch: 'Выйти из поля поиска (результаты останутся)',
    annotate: 'Заметка к выделенному фрагменту или к текущему пункту',
    selectText: 'Выделить текст с клавиатуры (режим каретки), затем нажать N',
    chips: 'Переход между объектами пункта (одна остановка Tab на пункт)',
    closeEditor: 'Закрыть редактор (введенный текст сохраняется)',
    nextChange: 'Следующее изменение',
    previousChange: 'Предыдущее изменение',
  },
  hint: {
    text: '✎ добавляет заметку к пункту (или сначала выделите фрагмент); ⇄ связывает его с другим пунктом. Нажмите ?, чтобы увидеть сочетания клавиш.',
    dismiss: 'Понятно',
  },
};
