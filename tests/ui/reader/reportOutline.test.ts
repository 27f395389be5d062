import { describe, expect, test } from 'vitest';
import { reportOutline } from '../../../renderer/src/ui/reader/reportOutline';
import { tableOfContents, tocEntryOf } from '../../../renderer/src/ui/reader/tableOfContents';
import { bundledReport, unitsOf } from '../../fixtures/bundledCorpus';

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
    expect(tocEntryOf(toc, unit43)?.section).toBe('4');
    expect(tocEntryOf(toc, report.units.find((unit) => unit.number === 'summary.2')!)?.unit).toBe('summary.1');
    expect(tocEntryOf(toc, report.units.find((unit) => unit.kind === 'title')!)).toBeUndefined();
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
