import { describe, expect, it } from 'vitest';
import { parseSourceDocument, type SourceBlock, type SourceDocument } from '../../../renderer/src/core/report/index';
import { captureInputError } from './reportFixtures';

function documentOf(blocks: readonly SourceBlock[], format: SourceDocument['format'] = 'docx'): SourceDocument {
  return { format, blocks, warnings: [] };
}

const paragraph = (text: string, extra: Partial<SourceBlock> = {}): SourceBlock => ({ kind: 'paragraph', text, ...extra });

describe('parseSourceDocument: blocks from any format', () => {
  const docx = documentOf([
    paragraph('Council 2017'),
    paragraph('Document C17/18-E'),
    paragraph('8 May 2017'),
    paragraph('Original: English'),
    paragraph('Report by the Secretary-General'),
    paragraph('ACTIVITIES ON CYBERSECURITY', { kind: 'heading', level: 1 }),
    paragraph('Summary'),
    paragraph('What the report is about.'),
    paragraph('Introduction', { kind: 'heading', label: '1' }),
    paragraph('The text, with a call.', { label: '1.1', footnoteCalls: [{ label: '1', offset: 21 }] }),
    paragraph('More text.', { label: '1.2' }),
    { kind: 'tableRow', text: 'Year\tEvents', cells: ['Year', 'Events'] },
    { kind: 'tableRow', text: '2016\t12', cells: ['2016', '12'] },
    { kind: 'footnote', text: 'See Resolution 130.', label: '1' },
  ]);

  it('takes the labels Word computed, tables and footnotes as the importer gave them', () => {
    const report = parseSourceDocument(docx);
    expect(report.units.filter((unit) => unit.kind !== 'header').map((unit) => [unit.number, unit.kind, unit.text])).toEqual([
      ['title', 'title', 'ACTIVITIES ON CYBERSECURITY'],
      ['summary.1', 'summary', 'What the report is about.'],
      ['1', 'section', 'Introduction'],
      ['1.1', 'paragraph', 'The text, with a call.'],
      ['1.2', 'paragraph', 'More text.'],
      ['table.1', 'table', 'Year\tEvents\n2016\t12'],
      ['fn.1', 'footnote', 'See Resolution 130.'],
    ]);
    expect(report.units.find((unit) => unit.number === '1.1')?.footnotes).toEqual(['fn.1']);
    expect(report.meta).toMatchObject({ id: 'c17-18-en', symbol: 'C17/18', language: 'en', date: '2017-05-08', session: 2017 });
  });

  it('gives the same structure to the same text read from plain text', () => {
    const text = documentOf(
      docx.blocks.map((block) => (block.label === undefined || block.kind === 'footnote' ? block : { ...block, kind: 'paragraph', label: undefined, text: `${block.label}\t${block.text}` })),
      'text',
    );
    const numbers = (source: SourceDocument): string[] => parseSourceDocument(source).units.map((unit) => unit.number);
    expect(numbers(text)).toEqual(numbers(docx));
  });

  it('numbers annexes afresh under their own prefix', () => {
    const report = parseSourceDocument(
      documentOf([paragraph('T'), paragraph('1 Main'), paragraph('1.1 Text.'), paragraph('ANNEX 2'), paragraph('1 Annex section'), paragraph('1.1 Annex text.'), paragraph('Annex B'), paragraph('1 Other.')]),
    );
    expect(report.units.map((unit) => unit.number)).toEqual(['title', '1', '1.1', 'annex2', 'annex2.1', 'annex2.1.1', 'annexB', 'annexB.1']);
    expect(report.units.find((unit) => unit.number === 'annex2.1.1')?.section).toBe('annex2.1');
  });

  it('reads a resolution: title from number and name, preamble and operative items', () => {
    const report = parseSourceDocument(
      documentOf([
        paragraph('RESOLUTION 1305 (modified 2017)'),
        paragraph('Role of ITU'),
        paragraph('The Council,'),
        paragraph('considering'),
        paragraph('a) the outcomes;'),
        paragraph('resolves'),
        paragraph('1 to continue;'),
        paragraph('2 to report,'),
        paragraph('instructs the Secretary-General'),
        paragraph('to act.'),
      ]),
    );
    expect(report.meta.title).toBe('RESOLUTION 1305 (modified 2017) – Role of ITU');
    expect(report.units.map((unit) => [unit.number, unit.kind])).toEqual([
      ['title', 'title'],
      ['pre.0', 'preamble'],
      ['pre.1', 'preamble'],
      ['pre.1.a', 'preamble'],
      ['op.1', 'operative'],
      ['op.1.1', 'operative'],
      ['op.1.2', 'operative'],
      ['op.2', 'operative'],
    ]);
    expect(report.units.at(-1)?.text).toBe('instructs the Secretary-General\nto act.');
  });

  it('reads a document repeated twice as two parts, with a warning naming the line, not as one paragraph', () => {
    const once = ['1 A', '1.1 Text.', '2 B', '2.1 Text.'];
    const report = parseSourceDocument(documentOf(['T', ...once, ...once].map((text, index) => paragraph(text, { origin: `line ${index + 1}` }))));
    expect(report.units.map((unit) => unit.number)).toEqual(['title', '1', '1.1', '2', '2.1', 'part2.1', 'part2.1.1', 'part2.2', 'part2.2.1']);
    expect(report.warnings).toEqual(['line 6: numbering restarts at 1 after section 2; read as part 2 (units part2.…)']);
  });

  it('never takes a date line for section 7, and finds the real sections after it', () => {
    const report = parseSourceDocument(documentOf(['T', '7 June 2017', '1 Introduction', '1.1 Text.'].map((text) => paragraph(text))));
    expect(report.units.map((unit) => unit.number)).toEqual(['title', 'header.1', '1', '1.1']);
  });

  it('does not take a whole page on one line for the title', () => {
    const page = 'Word '.repeat(100).trim();
    const report = parseSourceDocument(documentOf([paragraph(page), paragraph('1 Section')]), { meta: { title: 'From the manifest' } });
    expect(report.meta.title).toBe('From the manifest');
    expect(report.units.find((unit) => unit.number === 'title')?.text).toBe('From the manifest');
    expect(report.units.some((unit) => unit.text === page)).toBe(true);
    expect(report.warnings.join('\n')).toMatch(/499-character block stands where the title should be/u);
  });

  it.each([
    ['not an object', null, 'undecodable'],
    ['no blocks', { format: 'text', warnings: [] }, 'undecodable'],
    ['a block without text', { format: 'text', blocks: [{ kind: 'paragraph' }], warnings: [] }, 'undecodable'],
    ['only empty blocks', { format: 'pdf', blocks: [paragraph('  ')], warnings: [] }, 'no-content'],
  ])('refuses %s with a ReportInputError naming the file', (_name, source, reason) => {
    const error = captureInputError(() => parseSourceDocument(source as SourceDocument, { fileName: 'in/doc.pdf' }));
    expect(error.reason).toBe(reason);
    expect(error.message).toContain('in/doc.pdf');
  });
});
