/** Chinese strings of the keyboard help, the same shape as keyboardEn.ts. */
import type { keyboardEn } from './keyboardEn';

export const keyboardZh: typeof keyboardEn = {
  listHeading: '键盘快捷键',
  close: '关闭',
  listHint: '在文本框以外的任何地方按 ? 可显示此列表。',
  groups: {
    everywhere: '任何地方',
    search: '在搜索框中',
    reader: '在阅读器中',
    editor: '在笔记编辑器中',
    changes: '在“改动”页中',
  },
  keys: {
    focusSearch: '转到搜索框',
    showList: '显示此列表',
    chooseResult: '选择结果',
    openResult: '打开所选结果',
    leaveSearch: '离开搜索框（结果保留）',
    annotate: '为所选段落文字或当前段落写笔记',
    selectText: '用键盘选择文字（光标浏览），然后按 N',
    chips: '在段落的实体之间移动（每段只占一个 Tab 位置）',
    closeEditor: '关闭编辑器（已输入的文字会保存）',
    nextChange: '下一处改动',
    previousChange: '上一处改动',
  },
  hint: {
    text: '✎ 为段落写笔记（也可先选中一段文字）；⇄ 将段落关联到另一段。按 ? 查看键盘快捷键。',
    dismiss: '知道了',
  },
};
