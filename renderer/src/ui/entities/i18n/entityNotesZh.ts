/** Chinese strings of the entity page's list of notes, the same shape as entityNotesEn. */
import type { entityNotesEn } from './entityNotesEn';

export const entityNotesZh: typeof entityNotesEn = {
  heading: '我的笔记中',
  count_one: '在 {{count}} 条笔记中提及。',
  count_other: '在 {{count}} 条笔记中提及。',
  empty: '您的笔记中没有提及。',
  loading: '正在读取笔记…',
  failed: '无法读取笔记：{{message}}',
  openNote: '打开关于《{{report}}》第 {{number}} 段的笔记',
  quote: '摘录',
  body: '笔记',
};
