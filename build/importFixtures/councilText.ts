// Our own text in the layout of an ITU Council document (header block, symbol, numbered
// paragraphs); none of it is copied from a real document.

/** The header block every fixture starts with. */
export const headerLines = ['Council 2026', 'Geneva, 9-19 June 2026', 'Agenda item: PL 3', 'Document C17/18-E', '4 May 2026', 'Original: English'];

/** A long paragraph about spectrum coordination, for filling pages. */
export function fillerParagraph(seed: number): string {
  const topics = ['spectrum coordination', 'regional workshops', 'capacity building', 'cost recovery', 'satellite filings', 'emergency telecommunications'];
  const topic = topics[seed % topics.length];
  return `In the reporting period the secretariat reviewed the work on ${topic} (item ${seed}), consulted the regional offices and prepared an estimate of the resources needed for the next cycle, which the group is invited to consider together with the comments received from Member States.`;
}

/** Chinese text written for the fixtures. */
export const chineseParagraph = '理事会注意到秘书处关于频谱协调和区域讲习班的报告，并请秘书长在下届会议前提交资源估算。电信发展局将继续支持能力建设。';

/** Arabic text written for the fixtures. */
export const arabicParagraph = 'أحاط المجلس علماً بتقرير الأمانة بشأن تنسيق الطيف وطلب من الأمين العام تقديم تقدير للموارد قبل الدورة القادمة.';
