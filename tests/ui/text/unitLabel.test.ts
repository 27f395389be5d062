import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/ui/i18n/en';
import { zh } from '../../../renderer/src/ui/i18n/zh';
import { unitLabel, unitMarginLabel, unitPlace } from '../../../renderer/src/ui/text/unitLabel';
import { parseSourceDocument } from '../../../renderer/src/core/report/index';
import { readFixture } from '../../core/import/importFixtures';

const instance = i18next.createInstance();
await instance.init({ lng: 'en', resources: { en: { translation: en }, zh: { translation: zh } } });

describe('unitLabel', () => {
  it.each([
    [{ kind: 'summary', number: 'summary.2' }, 'Summary 2', '摘要 2'],
    [{ kind: 'action', number: 'action.1' }, 'Action required 1', '需要采取的行动 1'],
    [{ kind: 'references', number: 'refs.1' }, 'References 1', '参考文件 1'],
    [{ kind: 'header', number: 'header.3' }, 'Header 3', '文件信息 3'],
    [{ kind: 'paragraph', number: 'annex1.2.3' }, 'Annex 1, ¶ 2.3', '附件 1 第 2.3 段'],
    [{ kind: 'operative', number: 'op.1.3' }, 'Operative clause 1, item 3', '执行部分第 1 条第 3 项'],
    [{ kind: 'paragraph', number: '4.3' }, '4.3', '4.3'],
  ] as const)('names %j in English and Chinese', (unit, english, chinese) => {
    expect(unitLabel(unit, instance.getFixedT('en'))).toBe(english);
    expect(unitLabel(unit, instance.getFixedT('zh'))).toBe(chinese);
  });
});

describe('unitPlace: where a unit is, never its internal number', () => {
  it.each([
    ['4.3', '¶ 4.3', '第 4.3 段'],
    ['title', 'Title', '标题'],
    ['summary.1', 'Summary ¶ 1', '摘要第 1 段'],
    ['action.2', 'Action required ¶ 2', '需要采取的行动第 2 段'],
    ['annex2', 'Annex 2', '附件 2'],
    ['annexA.1.2', 'Annex A, ¶ 1.2', '附件 A 第 1.2 段'],
    ['annex.3', 'Annex, ¶ 3', '附件第 3 段'],
    ['pre.0', 'Opening of the resolution', '决议开头'],
    ['pre.2', 'Preamble clause 2', '序言部分第 2 条'],
    ['pre.2.b', 'Preamble clause 2, item b', '序言部分第 2 条第 b 项'],
    ['op.1.1.a.iv', 'Operative clause 1, item 1.a.iv', '执行部分第 1 条第 1.a.iv 项'],
    ['fn.3', 'Footnote 3', '脚注 3'],
    ['table.2', 'Table 2', '表 2'],
    ['p.4', 'Paragraph 4 (unnumbered)', '第 4 段（无编号）'],
    ['part2.1.1', 'Part 2: ¶ 1.1', '第 2 部分：第 1.1 段'],
    ['annexD.IV', 'Annex D, ¶ IV', '附件 D 第 IV 段'],
  ])('says %j as %j and %j', (number, english, chinese) => {
    expect(unitPlace(number, instance.getFixedT('en'))).toBe(english);
    expect(unitPlace(number, instance.getFixedT('zh'))).toBe(chinese);
  });

  it.each([
    ['4.3', '4.3'],
    ['annex1.2.3', '2.3'],
    ['pre.1.b', 'b)'],
    ['op.2.3', '3'],
    ['fn.1', '1'],
    ['op.1', ''],
    ['pre.0', ''],
    ['part2.op.1.2', '2'],
    ['part2.1', '1'],
    ['part2.1.1', '1.1'],
    ['annexD.IV', 'IV'],
    ['annex1.2', '2'],
    ['p.3', ''],
    ['h.2', ''],
    ['table.1', ''],
    ['header.1', ''],
    ['annexD', ''],
  ])('marks %j in the reader margin as the document prints it: %j', (number, margin) => {
    expect(unitMarginLabel(number)).toBe(margin);
  });
});

describe('the reader margin of a real Word document never shows an internal id', async () => {
  const report = parseSourceDocument(await readFixture('council-numbering.docx'));
  const en = instance.getFixedT('en');

  it('marks each unit as the document prints it, and names each in words', () => {
    const margins = report.units.map((unit) => unitMarginLabel(unit.number));
    expect(margins.filter((margin) => /^(p|h|part\d+|annex[A-Z0-9]*|header|table)\./u.test(margin))).toEqual([]);
    const marginOf = (number: string) => margins[report.units.findIndex((unit) => unit.number === number)];
    expect(['part2.1', 'part2.1.1', 'annexD', 'annexD.IV', 'annexD.4.1', 'h.1', 'table.1'].map(marginOf)).toEqual(['1', '1.1', '', 'IV', '4.1', '', '']);
    expect(['part2.1', 'annexD', 'annexD.IV', 'table.1'].map((number) => unitPlace(number, en))).toEqual(['Part 2: ¶ 1', 'Annex D', 'Annex D, ¶ IV', 'Table 1']);
  });
});
