/** Chinese strings of the result list (see resultListEn.ts). */
import type { resultListEn } from './resultListEn';

export const resultListZh: typeof resultListEn = {
  showMore_one: '显示最后一条结果',
  showMore_other: '显示更多结果（还有 {{count}} 条未列出）',
};
