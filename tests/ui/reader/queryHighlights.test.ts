import { describe, expect, test } from 'vitest';
import { queryHighlights } from '../../../renderer/src/ui/reader/queryHighlights';
import { bundledReport, engineFor } from '../../fixtures/bundledCorpus';

describe('queryHighlights', () => {
  const report = bundledReport();
  const engine = engineFor(report.units);

  test('maps each matching unit of the report to the query’s ranges in its text', () => {
    const highlights = queryHighlights(engine, report.meta.id, '网络演练');
    expect([...highlights.keys()]).toEqual(['c17-res130-zh:4.3']);
    const unit = report.units.find((candidate) => candidate.number === '4.3')!;
    const marked = highlights.get(unit.id)!.map(([start, end]) => unit.text.slice(start, end));
    expect(marked).toEqual(Array(5).fill('网络演练'));
  });

  test('nothing for no query, a blank one, or another report', () => {
    expect(queryHighlights(engine, report.meta.id, undefined).size).toBe(0);
    expect(queryHighlights(engine, report.meta.id, '   ').size).toBe(0);
    expect(queryHighlights(engine, 'other-report', '网络演练').size).toBe(0);
  });
});
