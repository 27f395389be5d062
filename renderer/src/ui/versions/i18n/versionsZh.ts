/** Chinese strings of language versions, the same shape as versionsEn.ts. */
import type { versionsEn } from './versionsEn';

export const versionsZh: typeof versionsEn = {
  barLabel: '本文件的语言版本',
  thisVersion: '{{language}}（当前版本）',
  readIn: '阅读{{language}}版本',
  showBeside: '并排显示{{language}}版本',
  heading: '{{left}}与{{right}}并排阅读',
  firstColumn: '第一栏',
  secondColumn: '第二栏',
  readAlone: '只读{{language}}版本',
  missing: '{{language}}版本中没有此段。',
  uncertain: '仅按位置配对：请核对这两段是否对应。',
  noteOn: '{{language}}版本上的笔记',
  emptyNote: '（空笔记）',
  openNote: '在{{language}}版本中打开此笔记',
  unplacedHeading: '本版本没有的段落上的笔记',
  alsoIn: '另有{{languages}}版本',
  besideMissing: '报告库中没有本文件的“{{id}}”版本。',
};
