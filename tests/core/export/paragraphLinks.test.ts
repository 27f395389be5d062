/** The delegate's links between paragraphs in the briefing: listed after the notes, by scope. */
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { briefingOf, bundledDocumentName, linkBetween, noteOn, noteSections, outline, parseMarkdown, secondReport, unitOf } from './exportFixtures';

const report = bundledReport();
const other = secondReport();

const exportOf = briefingOf;

/** The items of the list under the "links between paragraphs" heading, as text. */
function linkLines(markdown: string, heading = '段落之间的链接'): string[] {
  const root = parseMarkdown(markdown);
  const index = root.children.findIndex((node) => node.type === 'heading' && toString(node) === heading);
  const list = root.children[index + 1];
  return index < 0 || list?.type !== 'list' ? [] : list.children.map((item) => toString(item));
}

const tagged = noteOn('4.3', { body: '演练', tags: ['GCA'] });
const elsewhere = noteOn('5.4', { body: 'ENISA', tags: ['欧洲'] });
const fourThreeToFiveTwo = linkBetween(unitOf(report, '4.3'), unitOf(report, '5.2'), '同一论坛');
const fiveFourToSixOne = linkBetween(unitOf(report, '5.4'), unitOf(report, '6.1'));
const toOtherReport = linkBetween(unitOf(report, '3.4'), unitOf(other, '1.2'), 'same event');
const removed = linkBetween(unitOf(report, '4.4'), unitOf(report, '4.5'), '已删', '2026-11-12T00:00:00.000Z');
const links = [fiveFourToSixOne, toOtherReport, removed, fourThreeToFiveTwo];

describe('links between paragraphs in the briefing', () => {
  it('lists every live paragraph link after the notes, in document order, with its label and the other report named', () => {
    const { markdown, tree } = exportOf([tagged, elsewhere], links);
    expect(linkLines(markdown)).toEqual(['第3.4段 → C18/99 第1.2段 “same event”', '第4.3段 → 第5.2段 “同一论坛”', '第5.4段 → 第6.1段']);
    const headings = outline(tree);
    expect(headings.indexOf('2 段落之间的链接')).toBeGreaterThan(headings.indexOf('4 第5.4段'));
    expect(markdown).toContain('段落之间的链接（3）');
    // Links are not notes: the notes read back are the same two.
    expect(noteSections(tree).map((note) => note.heading)).toEqual(['第4.3段', '第5.4段']);
  });

  it('takes, for a tag, only the links that start at a paragraph one of its notes is on', () => {
    expect(linkLines(exportOf([tagged, elsewhere], links, { kind: 'tag', tag: 'GCA' }).markdown)).toEqual(['第4.3段 → 第5.2段 “同一论坛”']);
  });

  it('takes, for a report, the links that start in it even where no note is', () => {
    const lines = linkLines(exportOf([tagged], links, { kind: 'report', reportId: report.meta.id }).markdown);
    expect(lines).toHaveLength(3);
    expect(linkLines(exportOf([tagged], links, { kind: 'report', reportId: other.meta.id }).markdown)).toEqual([]);
  });

  it('names each source report when the links start in more than one, and speaks English', () => {
    const back = linkBetween(unitOf(other, '1.2'), unitOf(report, '3.4'));
    const { markdown } = exportOf([], [toOtherReport, back], { kind: 'all' }, { lang: 'en' });
    expect(linkLines(markdown, 'Links between paragraphs')).toEqual([
      `${bundledDocumentName()} Paragraph 3.4 → C18/99 Paragraph 1.2 “same event”`,
      `C18/99 Paragraph 1.2 → ${bundledDocumentName()} Paragraph 3.4`,
    ]);
  });

  it('names the reports of the links in the front matter even when no note is exported', () => {
    const { markdown } = exportOf([], [fourThreeToFiveTwo]);
    expect(markdown).toMatch(/^documents:\n {2}- \S/mu);
    expect(markdown).toContain(bundledDocumentName());
  });

  it('has no such section when there are no live paragraph links', () => {
    const { markdown } = exportOf([tagged], [removed]);
    expect(markdown).not.toContain('段落之间的链接');
  });

  it('keeps a hostile label from changing the document structure', () => {
    const hostile = linkBetween(unitOf(report, '4.3'), unitOf(report, '5.2'), '# 标题\n---\n| a |');
    const { tree } = exportOf([tagged], [hostile]);
    expect(outline(tree).filter((line) => line.includes('标题'))).toEqual([]);
    expect(linkLines(exportOf([tagged], [hostile]).markdown)).toHaveLength(1);
  });
});
