/**
 * The search quality bar on the bundled report (tests/fixtures/search-dev-set.json, copied from
 * shared/eval): every unit containing a substring query is found and ranks above every unit that
 * lacks it; labelled queries put their expected unit first and their relevant units in the top 10.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../../renderer/src/core/text/normalize';
import { bundledReport, engineFor } from '../../fixtures/bundledCorpus';

interface DevSet {
  readonly substring: readonly string[];
  readonly labeled: ReadonlyArray<{ q: string; top?: string; relevant?: readonly string[] }>;
}

const devSet: DevSet = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../fixtures/search-dev-set.json'), 'utf8'));
const units = bundledReport().units;
const engine = engineFor(units);

describe('substring queries', () => {
  it.each(devSet.substring)('%s: every unit containing it, and those first', (query) => {
    const expected = units
      .filter((unit) => normalizeForSearch(unit.text).includes(normalizeForSearch(query)))
      .map((unit) => unit.number);
    expect(expected.length).toBeGreaterThan(0);
    const ranked = engine.search(query).hits.map((hit) => hit.unit.number);
    expect(new Set(ranked.slice(0, expected.length))).toEqual(new Set(expected));
  });
});

describe('labelled queries', () => {
  it.each(devSet.labeled)('$q', ({ q, top, relevant }) => {
    const ranked = engine.search(q, { limit: 10 }).hits.map((hit) => hit.unit.number);
    if (top !== undefined) expect(ranked[0]).toBe(top);
    for (const number of relevant ?? []) expect(ranked).toContain(number);
  });
});
