import { describe, expect, test } from 'vitest';
import { highlightedUnitLimit, highlightsByUnit } from '../../../renderer/src/ui/reader/queryHighlights';
import { bundledReport, engineFor } from '../../fixtures/bundledCorpus';

describe('highlightsByUnit', () => {
  const report = bundledReport();
  const engine = engineFor(report.units);
  const highlightsOf = (query: string) =>
    highlightsByUnit(engine.search(query, { reportIds: [report.meta.id], limit: highlightedUnitLimit }).hits);

  test('maps each matching unit of the report to the query’s ranges in its text', () => {
    const highlights = highlightsOf('网络演练');
    expect([...highlights.keys()]).toEqual(['c17-res130-zh:4.3']);
    const unit = report.units.find((candidate) => candidate.number === '4.3')!;
    const marked = highlights.get(unit.id)!.map(([start, end]) => unit.text.slice(start, end));
    expect(marked).toEqual(Array(5).fill('网络演练'));
  });

  test('an identifier is highlighted in its equivalent spellings too', () => {
    const highlights = highlightsOf('SG-17');
    const unit = report.units.find((candidate) => candidate.number === '3.1')!;
    const marked = highlights.get(unit.id)!.map(([start, end]) => unit.text.slice(start, end));
    expect(marked).toContain('SG-17');
  });

  test('no hits, no highlights', () => {
    expect(highlightsByUnit([]).size).toBe(0);
    expect(highlightsOf('xyzzy').size).toBe(0);
  });
});
