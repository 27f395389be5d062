import { describe, expect, test } from 'vitest';
import { reportOutline } from '../../../renderer/src/ui/reader/reportOutline';
import { tableOfContents, tocEntryOf } from '../../../renderer/src/ui/reader/tableOfContents';
import { parseSourceDocument } from '../../../renderer/src/core/report/index';
import { bundledReport, unitsOf } from '../../fixtures/bundledCorpus';
import { readFixture } from '../../core/import/importFixtures';

describe('reportOutline on the bundled report', () => {
  const report = bundledReport();
  const outline = reportOutline(report.units);

  test('title, summary, then each section with its paragraphs, losing no unit', () => {
    expect(outline.title?.number).toBe('title');
    expect(outline.summary.map((unit) => unit.number)).toEqual(['summary.1', 'summary.2']);
    expect(outline.sections.map((section) => section.heading?.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(outline.sections[3]!.paragraphs.map((unit) => unit.number)).toEqual(['4.1', '4.2', '4.3', '4.4', '4.5', '4.6']);
    const flattened = [
      outline.title!,
      ...outline.summary,
      ...outline.sections.flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.paragraphs]),
    ];
    expect(flattened.map((unit) => unit.id)).toEqual(report.units.map((unit) => unit.id));
  });

  test('the table of contents lists the summary and every section', () => {
    const toc = tableOfContents(report.units);
    expect(toc.map((entry) => [entry.unit, entry.section])).toEqual([
      ['summary.1', null],
      ['1', '1'],
      ['2', '2'],
      ['3', '3'],
      ['4', '4'],
      ['5', '5'],
      ['6', '6'],
      ['7', '7'],
    ]);
    expect(toc[4]!.heading).toBe('组织结构');
    const unit43 = report.units.find((unit) => unit.number === '4.3')!;
    expect(tocEntryOf(toc, report.units, unit43)?.section).toBe('4');
    expect(tocEntryOf(toc, report.units, report.units.find((unit) => unit.number === 'summary.2')!)?.unit).toBe('summary.1');
    expect(tocEntryOf(toc, report.units, report.units.find((unit) => unit.kind === 'title')!)).toBeUndefined();
  });
});

describe('reportOutline on unusual reports', () => {
  test('paragraphs before any heading get a section without one', () => {
    const units = unitsOf(['first', 'second']).map((unit) => ({ ...unit, section: undefined }));
    const outline = reportOutline(units);
    expect(outline.title).toBeUndefined();
    expect(outline.sections).toEqual([{ heading: null, paragraphs: units }]);
    expect(tableOfContents(units)).toEqual([]);
  });

  test('an empty report has nothing to show', () => {
    expect(reportOutline([])).toEqual({ title: undefined, summary: [], sections: [] });
  });
});

describe('reportOutline on a Word document with headings printed without a number', async () => {
  const report = parseSourceDocument(await readFixture('council-numbering.docx'));
  const byNumber = (number: string) => report.units.find((unit) => unit.number === number)!;

  test('an unnumbered heading heads what follows, as a section heading does', () => {
    const outline = reportOutline(report.units);
    expect(outline.summary).toEqual([]);
    expect(outline.sections.map((section) => [section.heading?.number, section.paragraphs.map((unit) => unit.number)]).slice(0, 5)).toEqual([
      [undefined, ['header.1', 'header.2', 'header.3', 'header.4', 'header.5', 'header.6']],
      ['h.1', []],
      ['1', ['1.1', '1.2']],
      ['h.2', []],
      ['2', ['2.1', 'table.1', '2.2']],
    ]);
  });

  test('the contents list each heading by its text alone, and the reader is under the last heading above it', () => {
    const toc = tableOfContents(report.units);
    expect(toc.map((entry) => [entry.unit, entry.section, entry.heading]).slice(0, 5)).toEqual([
      ['h.1', null, 'Introduction'],
      ['1', '1', 'The working group met twice during the period.'],
      ['h.2', null, 'Discussion'],
      ['2', '2', 'Several Member States commented on the estimate.'],
      ['h.3', null, 'Restarted list'],
    ]);
    expect(tocEntryOf(toc, report.units, byNumber('h.2'))?.unit).toBe('h.2');
    expect(tocEntryOf(toc, report.units, byNumber('1.2'))?.unit).toBe('1');
    expect(tocEntryOf(toc, report.units, byNumber('part2.5.1'))?.unit).toBe('part2.5');
    expect(tocEntryOf(toc, report.units, byNumber('header.1'))).toBeUndefined();
  });
});
