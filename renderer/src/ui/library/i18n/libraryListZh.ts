/** Chinese strings of the library's list (see libraryListEn.ts). */
import type { libraryListEn } from './libraryListEn';

export const libraryListZh: typeof libraryListEn = {
  showMore_one: '显示最后一份文件',
  showMore_other: '显示更多文件（还有 {{count}} 份未列出）',
  preparing: '正在准备文件列表…',
};
