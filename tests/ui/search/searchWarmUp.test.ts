import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../renderer/src/core/report/types';
import { buildSearchIndex } from '../../../renderer/src/core/search/buildSearchIndex';
import { WarmUpQueries } from '../../../renderer/src/core/search/warmUpQueries';

/** A sample's warm-up queries, its texts read at once. */
function warmUpQueries(texts: readonly string[], perKind?: number): string[] {
  return new WarmUpQueries(texts, perKind).queries();
}
import { SearchWarmUp, warmUpSampleSize } from '../../../renderer/src/ui/search/searchWarmUp';

const texts = ['ITU-T Study Group 17 leads on security.', '国际电联继续开展网络安全工作。', 'The Council noted Resolution 130 on cybersecurity.'];
const units: Unit[] = texts.map((text, i) => ({ id: `r:${i + 1}`, reportId: 'r', number: String(i + 1), kind: 'paragraph', text }));

describe('SearchWarmUp', () => {
  it('on an engine of its own over one segment, runs every warm-up query, a step at a time, then stops', () => {
    const warmUp = SearchWarmUp.ofSegments([{ units, index: buildSearchIndex(units) }]);
    let steps = 1;
    while (warmUp.step()) steps++;
    // Each query is a step of its own, after the steps that prepare the texts.
    expect(steps).toBeGreaterThanOrEqual(warmUpQueries(texts).length);
    expect(steps).toBeLessThan(warmUpQueries(texts).length + 10);
    expect(warmUp.step()).toBe(false);
  });

  it('takes its queries from the first texts of its sample only', () => {
    const searched: string[] = [];
    const target = { prepareStep: () => false, search: (query: string) => searched.push(query), forget: () => undefined };
    // Past the sample's size, a text whose words would be the most frequent.
    const sample = [...Array.from({ length: warmUpSampleSize }, (_, i) => texts[i % texts.length]!), ...Array.from({ length: warmUpSampleSize }, () => 'Plenipotentiary')];
    const warmUp = new SearchWarmUp(target, sample);
    while (warmUp.step());
    expect(searched).toEqual(warmUpQueries(sample.slice(0, warmUpSampleSize)));
    expect(searched.some((query) => query.startsWith('Pleni'))).toBe(false);
  });

  it('prepares its target first, then runs each query once as typed, and has the target forget them once at the end', () => {
    const calls: string[] = [];
    let batches = 2;
    const target = {
      prepareStep: () => {
        calls.push('prepare');
        return batches-- > 0;
      },
      search: (query: string) => calls.push(`search ${query}`),
      forget: () => calls.push('forget'),
    };
    const warmUp = new SearchWarmUp(target, texts);
    while (warmUp.step());
    expect(warmUp.step()).toBe(false);
    const queries = warmUpQueries(texts);
    expect(calls.slice(0, 3)).toEqual(['prepare', 'prepare', 'prepare']);
    expect(calls.filter((call) => call.startsWith('search '))).toEqual(queries.map((query) => `search ${query}`));
    expect(calls.filter((call) => call === 'forget')).toHaveLength(1);
    expect(calls.at(-1)).toBe('forget');
  });

  it('reads a full sample for its queries over several steps before it searches, not in one', () => {
    let stepsToFirstSearch = 0;
    let hasSearched = false;
    const target = { prepareStep: () => false, search: () => (hasSearched = true), forget: () => undefined };
    const sample = Array.from({ length: warmUpSampleSize }, (_, i) => texts[i % texts.length]!);
    const warmUp = new SearchWarmUp(target, sample);
    while (!hasSearched && warmUp.step()) stepsToFirstSearch++;
    expect(hasSearched).toBe(true);
    // 500 texts read at once held the search worker 92 ms; 50 a step.
    // The tenth reads the last 50 texts and runs the first query.
    expect(stepsToFirstSearch).toBe(warmUpSampleSize / 50);
  });
});
