/** Chinese strings of removing an imported document from the library (with Undo), the same shape as documentRemovalEn.ts. */
import type { documentRemovalEn } from './documentRemovalEn';

export const documentRemovalZh: typeof documentRemovalEn = {
  remove: '移除',
  removeLabel: '从报告库移除“{{title}}”',
  removed: '已从报告库移除“{{title}}”。您在其上的笔记仍保留。',
  undo: '撤销',
  failed: '无法移除或恢复该文件：{{message}}',
  removeVersions: '移除…',
  removeVersionsLabel: '移除“{{title}}”的语言版本',
  removeVersion: '移除{{language}}版本',
  removeVersionLabel: '从报告库移除“{{title}}”的{{language}}版本',
  removeAll_one: '移除整份文件（{{count}} 个版本）',
  removeAll_other: '移除整份文件（{{count}} 个版本）',
  removedVersion: '已从报告库移除“{{title}}”的{{language}}版本。您在其上的笔记仍保留。',
  removedAll_one: '已从报告库移除“{{title}}”及其 {{count}} 个语言版本。您在其上的笔记仍保留。',
  removedAll_other: '已从报告库移除“{{title}}”及其 {{count}} 个语言版本。您在其上的笔记仍保留。',
  orphanBadge: '文件已移除',
  orphansHeading: '已移除文件上的笔记',
  orphansHint: '这些笔记所在的文件已不在报告库中。笔记及其引用的文字仍保留。',
};
