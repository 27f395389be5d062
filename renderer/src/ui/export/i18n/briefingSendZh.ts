/** Chinese strings of the briefing's cover, grouping, Word file and printing, the same shape as briefingSendEn. */
import type { briefingSendEn } from './briefingSendEn';

export const briefingSendZh: typeof briefingSendEn = {
  cover: '封面',
  coverHint: '下次导出时会记住。',
  delegation: '代表团',
  session: '会议',
  agendaItems: '议程项目',
  coverFailed: '无法记住封面信息：{{message}}',
  grouping: '笔记分组',
  groupBySection: '按报告和章节',
  groupByStance: '按立场（需要维护的立场、关切、向秘书处提出的问题、后续行动）',
  saveWord: '保存为 Word…',
  saveWordTitle: '将简报保存为 Word 文档',
  wordFiles: 'Word 文档',
  print: '打印',
  printLabel: '打印本报告及您的笔记',
  alsoVersion: '同时引用该段的其他语文本',
  alsoVersionNone: '不引用（仅笔记所用语文）',
  alsoVersionFailed: '未能记住所选语文：{{message}}',
};
