import { describe, expect, it } from 'vitest';
import { nodePdfRuntime } from '../../../build/import/nodePdfRuntime';
import { fixtureBytes, readFixture } from './importFixtures';
import { arabicParagraph, chineseParagraph, headerLines } from '../../../build/importFixtures/councilText';

/** The raw lines pdf.js gives for a page, before any rebuilding, to show what the reader had to repair. */
async function rawPdfStrings(name: string): Promise<string[]> {
  const pdfjs = await nodePdfRuntime.loadPdfjs();
  const task = pdfjs.getDocument({ data: fixtureBytes(name), isEvalSupported: false, verbosity: 0, standardFontDataUrl: nodePdfRuntime.standardFontDataUrl });
  const document = await task.promise;
  const strings: string[] = [];
  for (let page = 1; page <= document.numPages; page++) {
    const content = await (await document.getPage(page)).getTextContent();
    for (const item of content.items) if ('str' in item) strings.push(item.str);
  }
  await task.destroy();
  return strings;
}

describe('readPdf on a LibreOffice PDF with running heads, page numbers, two columns, Chinese and Arabic', async () => {
  const document = await readFixture('council-layout.pdf');
  const texts = document.blocks.map((block) => block.text);
  const raw = await rawPdfStrings('council-layout.pdf');

  it('keeps the first page header block, one paragraph per line', () => {
    expect(texts.slice(0, headerLines.length)).toEqual(headerLines);
  });

  it('removes the running head and the page numbers from every page', () => {
    expect(raw.filter((text) => text === 'C17/18-E').length).toBeGreaterThanOrEqual(4);
    expect(raw).toContain('- 3 -');
    expect(texts).not.toContain('C17/18-E');
    expect(texts.filter((text) => /^- \d+ -$/u.test(text))).toEqual([]);
    expect(texts.join(' ')).not.toMatch(/- \d -/u);
  });

  it('joins wrapped lines into whole numbered paragraphs in order', () => {
    const numbered = texts.filter((text) => /^1\.\d+ /u.test(text));
    expect(numbered.map((text) => text.split(' ')[0])).toEqual(Array.from({ length: 14 }, (_, index) => `1.${index + 1}`));
    expect(numbered.every((text) => text.endsWith('comments received from Member States.'))).toBe(true);
  });

  it('reads a two-column page column by column', () => {
    const columnParagraphs = texts.filter((text) => /^\d+ Column paragraph/u.test(text));
    expect(columnParagraphs.map((text) => Number(text.split(' ')[0]))).toEqual(Array.from({ length: 22 }, (_, index) => index + 10));
    for (const text of columnParagraphs) expect(text).toMatch(/before agreeing\.$/u);
  });

  it('repairs words hyphenated at line ends and keeps real hyphens', () => {
    expect(raw.some((text) => /\p{Ll}-$/u.test(text))).toBe(true);
    const columnText = texts.filter((text) => /Column paragraph/u.test(text)).join(' ');
    expect(columnText).not.toMatch(/\p{L}- \p{L}|\p{Ll}-\p{Ll}/u);
    expect(columnText.match(/telecommunications standardization interoperability/gu)).toHaveLength(44);
    expect(columnText.match(/ITU-T study groups/gu)).toHaveLength(22);
  });

  it('reads Chinese without a missing character or an added space', () => {
    expect(texts).toContain(`2.1 ${chineseParagraph}`);
  });

  it('reads Arabic as letters in logical order', () => {
    expect(texts).toContain(arabicParagraph);
    expect(texts.join('')).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFE]/u);
  });
});

describe('readPdf on text set in larger and smaller fonts than the body (council-numbering.pdf)', async () => {
  const document = await readFixture('council-numbering.pdf');
  const ofKind = (kind: string) => document.blocks.filter((block) => block.kind === kind);

  it('marks short lines set larger than the body as headings, the largest at level 1', () => {
    expect(ofKind('heading').map((block) => [block.level, block.text])).toEqual([
      [1, 'Report on the work of the council'],
      [1, 'working group'],
      [2, 'Introduction'],
      [2, 'Discussion'],
      [2, 'Restarted list'],
      [2, 'Typed numbers'],
      [2, 'Annexes and legal numbering'],
    ]);
  });

  it('reads a block set smaller than the body and opening with a mark as a footnote, its mark apart', () => {
    expect(ofKind('footnote').map((block) => [block.label, block.text])).toEqual([
      ['1', 'Footnote one: the estimate excludes travel costs.'],
      ['2', 'Footnote two: see the annex for the regional breakdown.'],
    ]);
  });

  it('keeps the body and the header at body size as paragraphs', () => {
    expect(document.blocks.find((block) => block.text === 'Original: English')?.kind).toBe('paragraph');
    expect(document.blocks.find((block) => block.text.startsWith('1.1 '))?.kind).toBe('paragraph');
  });
});
