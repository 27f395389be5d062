import { describe, expect, it } from 'vitest';
import { parseReportFile, unitId } from '../../../renderer/src/core/report/index';
import { BUNDLED_REPORT_ID, readBundledReport, unitNumbered } from './reportFixtures';

const { meta, fileName, bytes } = readBundledReport();
const report = parseReportFile(bytes, fileName, meta);

const EXPECTED_SECTIONS: [string, string, number][] = [
  ['1', '网络安全和打击垃圾信息活动', 1],
  ['2', '法律措施', 2],
  ['3', '技术和程序措施', 6],
  ['4', '组织结构', 6],
  ['5', '能力建设', 7],
  ['6', '国际合作', 5],
  ['7', '保护上网儿童（COP）', 4],
];

describe('the bundled report c17-res130-zh', () => {
  it('joins the title wrapped over two lines without a space between the Chinese characters', () => {
    const title = unitNumbered(report, 'title');
    expect(title.kind).toBe('title');
    expect(title.text).toBe('国际电联为加强在树立使用信息通信技术的信心和提高安全性方面的作用所开展的活动');
    expect(title.text).toBe(meta.title);
    expect(title.section).toBeUndefined();
  });

  it('has the two summary paragraphs, the second despite its leading space', () => {
    const summary = report.units.filter((unit) => unit.kind === 'summary');
    expect(summary.map((unit) => unit.number)).toEqual(['summary.1', 'summary.2']);
    expect(summary[0]?.text.startsWith('本报告概述了自理事会2016年会议以来')).toBe(true);
    expect(summary[0]?.text.endsWith('所做的其它决定。')).toBe(true);
    expect(summary[1]?.text).toBe('请理事会将本报告记录在案。');
  });

  it('has seven sections with their headings, the first despite its leading space', () => {
    const sections = report.units.filter((unit) => unit.kind === 'section');
    expect(sections.map((unit) => [unit.number, unit.text])).toEqual(
      EXPECTED_SECTIONS.map(([number, heading]) => [number, heading]),
    );
    for (const section of sections) expect(section.section).toBe(section.number);
  });

  it.each(EXPECTED_SECTIONS)('section %s (%s) has paragraphs %s.1 to %s.%i', (number, _heading, count) => {
    const paragraphs = report.units.filter((unit) => unit.kind === 'paragraph' && unit.section === number);
    expect(paragraphs.map((unit) => unit.number)).toEqual(
      Array.from({ length: count }, (_, index) => `${number}.${index + 1}`),
    );
  });

  it('keeps the exact text of paragraphs, including digits that start the text', () => {
    expect(unitNumbered(report, '4.6').text).toBe(
      '根据GCA五大支柱对亚太区域各国开展了一项网络安全就绪水平调查（2015-2016年）。',
    );
    expect(unitNumbered(report, '3.4').text).toBe(
      '2016年7月27-28日，第17研究组非洲区域组在苏丹共和国喀土穆举行了第二次会议。',
    );
    expect(unitNumbered(report, '7.2').text).toBe(
      '为了推进“可持续发展目标”尤其是目标16.2“制止针对儿童进行虐待、剥削、贩卖和一切形式的暴力和酷刑”的实现，国际电联及其合作伙伴将继续开展密切合作。',
    );
    expect(unitNumbered(report, '5.5').text).toContain('公共 – 私营部门');
  });

  it('orders units as printed and nothing else', () => {
    expect(report.units.map((unit) => unit.kind)).toEqual([
      'title',
      'summary',
      'summary',
      ...EXPECTED_SECTIONS.flatMap(([, , count]): ('section' | 'paragraph')[] => [
        'section',
        ...Array.from({ length: count }, (): 'paragraph' => 'paragraph'),
      ]),
    ]);
  });

  it('drops the footer from every unit', () => {
    for (const unit of report.units) {
      expect(unit.text).not.toContain('____');
      expect(unit.text).not.toContain('itu.int/council');
    }
    expect(unitNumbered(report, '7.4').text.endsWith('保护上网儿童的情况。')).toBe(true);
  });

  it('gives every unit the stable id <reportId>:<number>, unique within the report', () => {
    for (const unit of report.units) {
      expect(unit.reportId).toBe(BUNDLED_REPORT_ID);
      expect(unit.id).toBe(unitId(BUNDLED_REPORT_ID, unit.number));
    }
    expect(unitNumbered(report, '4.3').id).toBe('c17-res130-zh:4.3');
    expect(unitNumbered(report, 'summary.1').id).toBe('c17-res130-zh:summary.1');
    expect(new Set(report.units.map((unit) => unit.id)).size).toBe(report.units.length);
  });

  it('trims every unit text at the ends and keeps the manifest metadata', () => {
    for (const unit of report.units) expect(unit.text).toBe(unit.text.trim());
    expect(report.meta).toEqual(meta);
  });

  it('parses without warnings', () => {
    expect(report.warnings).toEqual([]);
  });
});
