/**
 * Search quality on the bundled report with the dev set: our engine beside a plain lunr index
 * (default pipeline, `idx.search`) measured in the same run, to show what the defaults miss.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import lunr from 'lunr';
import type { Unit } from '../../renderer/src/core/report/types';
import { buildSearchIndex } from '../../renderer/src/core/search/buildSearchIndex';
import { loadSearchEngine } from '../../renderer/src/core/search/searchEngine';
import { normalizeForSearch } from '../../renderer/src/core/text/normalize';
import { readCorpusSources } from '../corpusSources';
import { repoRoot } from '../paths';

interface DevSet {
  readonly substring: readonly string[];
  readonly labeled: ReadonlyArray<{ q: string; top?: string; relevant?: readonly string[] }>;
}

/** Ranked refs for a query. */
export type Ranker = (query: string) => string[];

/** A plain lunr index (default English pipeline, `idx.search`) over units, answering each unit's ref. */
export function plainLunr(units: readonly Unit[], refOf: (unit: Unit) => string = (unit) => unit.number): Ranker {
  const index = lunr(function () {
    this.ref('ref');
    this.field('text');
    for (const unit of units) this.add({ ref: refOf(unit), text: unit.text });
  });
  return (query) => {
    try {
      return index.search(query).map((result) => result.ref);
    } catch {
      return []; // QueryParseError on `:`, `~`, `^`…
    }
  };
}

function evaluate(name: string, rank: Ranker, units: readonly Unit[], devSet: DevSet): void {
  let relevantTotal = 0;
  let found = 0;
  let filledTop = 0;
  for (const query of devSet.substring) {
    const needle = normalizeForSearch(query);
    const relevant = units.filter((unit) => normalizeForSearch(unit.text).includes(needle)).map((unit) => unit.number);
    const ranked = rank(query);
    relevantTotal += relevant.length;
    found += relevant.filter((number) => ranked.includes(number)).length;
    const top = new Set(ranked.slice(0, relevant.length));
    if (relevant.every((number) => top.has(number))) filledTop++;
  }
  let topRight = 0;
  let topAsked = 0;
  let relevantIn10 = 0;
  let relevantAsked = 0;
  for (const { q, top, relevant } of devSet.labeled) {
    const ranked = rank(q).slice(0, 10);
    if (top !== undefined) {
      topAsked++;
      if (ranked[0] === top) topRight++;
    }
    relevantAsked += relevant?.length ?? 0;
    relevantIn10 += relevant?.filter((number) => ranked.includes(number)).length ?? 0;
  }
  console.log(
    `  ${name.padEnd(28)} substring recall ${(found / relevantTotal).toFixed(3)} (${found}/${relevantTotal}), ` +
      `relevant fill the top ranks ${filledTop}/${devSet.substring.length}, ` +
      `labelled top-1 ${topRight}/${topAsked}, relevant in top 10 ${relevantIn10}/${relevantAsked}`,
  );
}

/** Prints dev-set quality for our engine and for plain lunr. */
export async function runSearchQuality(): Promise<void> {
  const units = (await readCorpusSources()).reports.flatMap((report) => report.units);
  const devSet: DevSet = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/search-dev-set.json'), 'utf8'));
  const engine = loadSearchEngine(units, JSON.parse(JSON.stringify(buildSearchIndex(units))));
  console.log(`\nSearch quality — dev set on the bundled report (${units.length} units):`);
  evaluate('this engine', (query) => engine.search(query).hits.map((hit) => hit.unit.number), units, devSet);
  evaluate('baseline: plain lunr', plainLunr(units), units, devSet);
}
