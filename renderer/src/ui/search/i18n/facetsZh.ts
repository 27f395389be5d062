/** Chinese strings of the search facets, the same shape as facetsEn. */
import type { facetsEn } from './facetsEn';

export const facetsZh: typeof facetsEn = {
  toggle: '按语言、组织、国家、年份或章节筛选',
  heading: '筛选结果',
  preparing: '正在统计语言、组织、国家、年份和章节…',
  kinds: {
    language: '语言',
    organisation: '组织',
    country: '国家',
    year: '年份',
    section: '章节',
  },
  any: '全部',
  none: '这些结果中没有',
  option: '{{label}}（{{count}}）',
  active: '筛选条件：',
  remove: '移除筛选条件 {{kind}}：{{label}}',
  clear: '清除筛选条件',
  narrowedTotal_one: '“{{query}}”在这些筛选条件下有 {{count}} 条结果',
  narrowedTotal_other: '“{{query}}”在这些筛选条件下有 {{count}} 条结果',
  narrowedEmpty: '没有同时符合所有筛选条件且包含“{{query}}”的段落。',
  narrowedEmptyHint: '请在上方选择其他值，或清除筛选条件以查看全部结果。',
};
