/**
 * Headings printed without a number ("Introduction", "Discussion") are units of their own (`h.N`):
 * Word paragraphs styled as headings, and lines a PDF sets in a larger font, read from the real
 * fixtures (the docx package wrote the DOCX, LibreOffice printed it to PDF).
 */
import { describe, expect, it } from 'vitest';
import { parseSourceDocument, type SourceBlock, type SourceDocument } from '../../../renderer/src/core/report/index';
import type { Report } from '../../../renderer/src/core/report/types';
import { readFixture } from '../import/importFixtures';

const documentOf = (blocks: readonly SourceBlock[]): SourceDocument => ({ format: 'docx', blocks, warnings: [] });
const paragraph = (text: string, extra: Partial<SourceBlock> = {}): SourceBlock => ({ kind: 'paragraph', text, ...extra });

describe('unnumbered Word headings in council-numbering.docx', async () => {
  const report = parseSourceDocument(await readFixture('council-numbering.docx'));
  const body = report.units.filter((unit) => !['title', 'header', 'footnote'].includes(unit.kind));
  const unit = (number: string) => report.units.find((candidate) => candidate.number === number);

  it('makes each heading a unit of its own, numbered h.1, h.2… in document order', () => {
    expect(report.units.filter((candidate) => candidate.kind === 'heading').map((heading) => [heading.number, heading.text])).toEqual([
      ['h.1', 'Introduction'],
      ['h.2', 'Discussion'],
      ['h.3', 'Restarted list'],
      ['h.4', 'Typed numbers'],
      ['h.5', 'Annexes and legal numbering'],
    ]);
  });

  it('never takes the heading above the first number for the summary', () => {
    expect(report.units.some((candidate) => candidate.kind === 'summary')).toBe(false);
    expect(body[0]).toMatchObject({ number: 'h.1', kind: 'heading', text: 'Introduction' });
  });

  it('keeps a heading out of the paragraph above it, and the list labels Word printed in that paragraph', () => {
    expect(unit('1.2')?.text).toBe('It reviewed the operational plan\na) for the bureau;\nb) for the secretariat;\n(i) first detail\n(ii) second detail\nc) for the regional offices.');
    expect(unit('2.2')?.text).toBe('The group agreed on the estimate.');
    expect(unit('part2.1.1')?.text).toBe('Its second level follows.');
  });

  it('reads the typed numbers under a heading as the paragraphs they are, with a warning for the numbers skipped', () => {
    expect(unit('part2.5')).toMatchObject({ kind: 'section', text: 'The paragraph number here is typed by hand.' });
    expect(unit('part2.5.1')).toMatchObject({ kind: 'paragraph', text: 'So is this one, with its sub-number.', section: 'part2.5' });
    expect(report.warnings).toContain('paragraph 34: section 5 follows section 1 under a heading; 2 to 4 seem to be missing');
  });

  it('reads Word-numbered annexes, and legal numbering under a Roman section that starts at IV', () => {
    expect(body.slice(-5).map((candidate) => [candidate.number, candidate.kind, candidate.text])).toEqual([
      ['annexC', 'annex', 'Annex C Terms of reference\nC.I Membership\nC.II Working methods'],
      ['annexD', 'annex', 'Annex D Schedule'],
      ['annexD.IV', 'section', 'Legal part one'],
      ['annexD.4.1', 'paragraph', 'Legal detail'],
      ['annexD.4.2', 'paragraph', 'Legal detail again'],
    ]);
    expect(report.warnings).toContain('paragraph 41: Roman sections start at IV here; read as section IV');
  });

  it('loses no text', () => {
    const all = report.units.map((candidate) => candidate.text).join('\n');
    for (const text of ['Introduction', 'Discussion', 'Restarted list', 'Typed numbers', 'Annexes and legal numbering', 'Legal detail again']) {
      expect(all).toContain(text);
    }
  });
});

describe('unnumbered headings in the PDF LibreOffice printed from council-numbering.docx', async () => {
  const docx = parseSourceDocument(await readFixture('council-numbering.docx'));
  const pdf = parseSourceDocument(await readFixture('council-numbering.pdf'));
  const headings = (report: Report) => report.units.filter((unit) => unit.kind === 'heading').map((unit) => [unit.number, unit.text]);

  it('finds the same headings as in the Word file, by their larger font', () => {
    expect(headings(pdf)).toEqual(headings(docx));
  });

  it('reads the title set large over two lines whole', () => {
    expect(pdf.meta.title).toBe(docx.meta.title);
  });

  it('numbers the paragraphs around the headings as the Word file does', () => {
    const numbers = (report: Report) => report.units.filter((unit) => /^(?:part2\.)?[0-9]/u.test(unit.number)).map((unit) => unit.number);
    expect(numbers(pdf)).toEqual(numbers(docx));
  });

  it('reads the footnotes set small under the text as footnotes, linked from their calls', () => {
    const footnotes = pdf.units.filter((unit) => unit.kind === 'footnote');
    expect(footnotes.map((unit) => unit.text.split('\n')[0])).toEqual(['Footnote one: the estimate excludes travel costs.', 'Footnote two: see the annex for the regional breakdown.']);
    const caller = pdf.units.find((unit) => unit.number === '1.2');
    expect(caller?.footnotes).toEqual([footnotes[0]?.number]);
  });
});

describe('unnumbered headings from any importer that marks them', () => {
  const header = ['Council 2026', 'Document C26/9-E', '2 May 2026', 'Original: English'].map((text) => paragraph(text));

  it('gives the text under a heading a unit of its own, so the heading stays a heading', () => {
    const report = parseSourceDocument(
      documentOf([
        ...header,
        paragraph('Report on the plan'),
        paragraph('Background', { kind: 'heading', level: 1 }),
        paragraph('The plan was adopted in 2022.'),
        paragraph('It runs to 2027.'),
        paragraph('The first step was taken.', { label: '1' }),
        paragraph('Next steps', { kind: 'heading', level: 2 }),
        paragraph('Two more are planned.'),
        paragraph('The second step follows.', { label: '2' }),
      ]),
    );
    expect(report.units.filter((unit) => unit.kind !== 'header').map((unit) => [unit.number, unit.kind, unit.text])).toEqual([
      ['title', 'title', 'Report on the plan'],
      ['h.1', 'heading', 'Background'],
      ['p.1', 'paragraph', 'The plan was adopted in 2022.\nIt runs to 2027.'],
      ['1', 'section', 'The first step was taken.'],
      ['h.2', 'heading', 'Next steps'],
      ['p.2', 'paragraph', 'Two more are planned.'],
      ['2', 'section', 'The second step follows.'],
    ]);
  });

  it('numbers headings h.N apart from the paragraphs of a text with no numbering', () => {
    const report = parseSourceDocument(
      documentOf([
        ...header,
        paragraph('Note on the plan'),
        paragraph('Background', { kind: 'heading', level: 1 }),
        paragraph('The plan was adopted in 2022.'),
        paragraph('Outlook', { kind: 'heading', level: 1 }),
        paragraph('It runs to 2027.'),
      ]),
    );
    expect(report.units.filter((unit) => unit.kind !== 'header').map((unit) => [unit.number, unit.kind])).toEqual([
      ['title', 'title'],
      ['h.1', 'heading'],
      ['p.1', 'paragraph'],
      ['h.2', 'heading'],
      ['p.2', 'paragraph'],
    ]);
  });

  it('keeps a title styled as a heading the title', () => {
    const report = parseSourceDocument(documentOf([...header, paragraph('REPORT ON THE PLAN', { kind: 'heading', level: 1 }), paragraph('The first step.', { label: '1' })]));
    expect(report.meta.title).toBe('REPORT ON THE PLAN');
    expect(report.units.some((unit) => unit.kind === 'heading')).toBe(false);
  });
});

describe('a heading among the blocks of the front matter', () => {
  it('is read with the block it stands in, so the References block after it stays the references', () => {
    const report = parseSourceDocument(
      documentOf([
        paragraph('Council 2026'),
        paragraph('Document C26/9-E'),
        paragraph('Original: English'),
        paragraph('Report on the plan'),
        paragraph('Summary'),
        paragraph('What the report is about.'),
        paragraph('Relevant links', { kind: 'heading', level: 2 }),
        paragraph('Strategic goal 1.'),
        paragraph('References'),
        paragraph('Resolution 71.'),
        paragraph('The first step.', { label: '1' }),
      ]),
    );
    expect(report.units.filter((unit) => unit.kind !== 'header').map((unit) => [unit.number, unit.kind, unit.text])).toEqual([
      ['title', 'title', 'Report on the plan'],
      ['summary.1', 'summary', 'What the report is about.'],
      ['summary.2', 'summary', 'Relevant links'],
      ['summary.3', 'summary', 'Strategic goal 1.'],
      ['refs.1', 'references', 'Resolution 71.'],
      ['1', 'section', 'The first step.'],
    ]);
  });
});
