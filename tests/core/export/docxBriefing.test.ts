/**
 * The Word briefing: a valid .docx (a zip with the parts Word needs) whose document.xml holds
 * the same content and structure as the Markdown briefing built from the same tree: headings
 * as Word headings, the cover, quotes, note bodies, tags, links as hyperlinks.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../renderer/src/core/export/briefing';
import { buildDocxBriefing } from '../../../renderer/src/core/export/docxBriefing';
import type { BriefingInput } from '../../../renderer/src/core/export/types';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { EXPORTED_AT, linkFrom, noteOn, outline, parseMarkdown, unitOf } from './exportFixtures';

const report = bundledReport();
const note = noteOn('4.3', { passage: '网络演练', body: '支持**演练**。\n\n- 第一点\n- 第二点\n\n[1]: https://www.itu.int/council', tags: ['网络安全'], stance: 'support' });
const question = noteOn('1.1', { body: '请秘书处说明 <经费> & 来源。', stance: 'question' });
const input: BriefingInput = {
  reports: [report],
  notes: [note, question],
  links: [linkFrom(note, unitOf(report, '5.2'), '同一论坛')],
  scope: { kind: 'all' },
  options: { lang: 'zh', quoteMode: 'passage', exportedAt: EXPORTED_AT, grouping: 'stance', cover: { delegation: '中国代表团', session: '理事会2017年会议', agendaItems: 'ADM 9' } },
};

/** The text of each paragraph of document.xml, with its style (Heading1…) when it has one. */
function paragraphsOf(xml: string): Array<{ style: string; text: string }> {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/gu)].map((match) => {
    const body = match[1] ?? match[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/u.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((part) => part[1] ?? '').join('');
    return { style, text: text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&') };
  });
}

describe('buildDocxBriefing', async () => {
  const docx = await buildDocxBriefing(input);
  const files = unzipSync(docx.bytes);
  const documentXml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const paragraphs = paragraphsOf(documentXml);

  it('is a zip with the parts of a Word document, named like the Markdown file', () => {
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']));
    expect(documentXml.startsWith('<?xml')).toBe(true);
    expect(docx.fileName).toBe(buildBriefing(input).fileName.replace(/\.md$/u, '.docx'));
    expect(docx.noteCount).toBe(2);
  });

  it('has the Markdown briefing’s headings, in order, as Word headings 1 to 4', () => {
    const markdownHeadings = outline(parseMarkdown(buildBriefing(input).markdown));
    const wordHeadings = paragraphs.filter((paragraph) => /^Heading\d$/u.test(paragraph.style)).map((paragraph) => `${paragraph.style.slice(-1)} ${paragraph.text}`);
    expect(wordHeadings).toEqual(markdownHeadings);
    expect(wordHeadings).toContain('2 需要维护的立场');
  });

  it('carries the cover, quotes, bodies, lists, tags, links and references', () => {
    const texts = paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toEqual(expect.arrayContaining(['代表团：中国代表团', '会议：理事会2017年会议', '议程项目：ADM 9', '网络演练', '支持演练。', '第一点', '第二点', '标签：网络安全', '→ 第5.2段 “同一论坛”', '请秘书处说明 <经费> & 来源。']));
    expect(texts.some((text) => text.startsWith('[1]: https://www.itu.int/council'))).toBe(true);
    expect(documentXml).toContain('<w:hyperlink');
    const rels = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
    expect(rels).toContain('Target="https://www.itu.int/council"');
    expect(rels).toContain('TargetMode="External"');
  });

  it('writes no internal id or format metadata in the text', () => {
    expect(documentXml).not.toMatch(/c17-res130-zh|formatVersion|---/u);
  });
});
