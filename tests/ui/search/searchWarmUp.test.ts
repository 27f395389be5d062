import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../renderer/src/core/search/buildSearchIndex';
import { warmUpQueries } from '../../../renderer/src/core/search/warmUpQueries';
import type { Unit } from '../../../renderer/src/core/report/types';
import { SearchWarmUp } from '../../../renderer/src/ui/search/searchWarmUp';

const texts = ['ITU-T Study Group 17 leads on security.', '国际电联继续开展网络安全工作。', 'The Council noted Resolution 130 on cybersecurity.'];
const units: Unit[] = texts.map((text, i) => ({ id: `r:${i + 1}`, reportId: 'r', number: String(i + 1), kind: 'paragraph', text }));

describe('SearchWarmUp', () => {
  it('runs every warm-up query, a step at a time, then stops', () => {
    const warmUp = new SearchWarmUp(units, buildSearchIndex(units));
    let steps = 1;
    while (warmUp.step()) steps++;
    // Each query is a step of its own, after the steps that prepare the texts.
    expect(steps).toBeGreaterThanOrEqual(warmUpQueries(texts).length);
    expect(steps).toBeLessThan(warmUpQueries(texts).length + 10);
    expect(warmUp.step()).toBe(false);
  });
});
