/**
 * Search benchmark on a synthetic corpus of 1,000 reports: index build, size, load and heap,
 * and query latency beside a brute-force substring scan of the same texts in the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildLunrIndexOf, buildSearchIndex } from '../../renderer/src/core/search/buildSearchIndex';
import { loadSearchEngine } from '../../renderer/src/core/search/searchEngine';
import { normalizeForSearch } from '../../renderer/src/core/text/normalize';
import { readCorpusSources } from '../corpusSources';
import { repoRoot } from '../paths';
import { makeSyntheticCorpus, seededRandom } from './syntheticCorpus';
import { mb, ms, percentile, timeEach } from './stats';

interface DevSet {
  readonly substring: readonly string[];
  readonly labeled: ReadonlyArray<{ q: string }>;
}

export interface QueryFigures {
  readonly name: string;
  readonly queries: number;
  readonly meanHits: number;
  readonly index: { p50: number; p95: number };
  readonly scan: { p50: number; p95: number };
}

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(34)} ${value}`);
}

/** Runs the search benchmark and prints its figures. */
export async function runSearchBench(): Promise<void> {
  const source = (await readCorpusSources()).reports[0]!;
  const corpus = makeSyntheticCorpus(source);
  console.log(`\nSearch — synthetic corpus (reshuffled clauses of ${source.meta.id}, not real reports):`);
  line('reports / units / characters', `${corpus.reports.length} / ${corpus.units.length} / ${corpus.characters.toLocaleString('en')}`);

  let started = performance.now();
  const serialized = buildSearchIndex(corpus.units);
  const buildMs = performance.now() - started;
  const indexJson = JSON.stringify(serialized);
  const unitsJson = JSON.stringify(corpus.units);
  line('index build', ms(buildMs));
  line('index terms', serialized.lunr.invertedIndex.length.toLocaleString('en'));
  line('index size (JSON / gzip)', `${mb(indexJson.length)} / ${mb(gzipSync(indexJson).length)}`);
  line('corpus size (JSON)', mb(unitsJson.length));

  // Baseline for the format: the same lunr index (same terms and short refs) serialised the
  // default way, with field vectors and an object per posting, as `Builder#build().toJSON()` writes it.
  const plainJson = JSON.stringify(buildLunrIndexOf(corpus.units).build().toJSON());
  line('baseline: default lunr JSON', `${mb(plainJson.length)}   (ratio ours/default ${(indexJson.length / plainJson.length).toFixed(3)})`);

  const directory = mkdtempSync(path.join(tmpdir(), 'kb-bench-'));
  try {
    const unitsPath = path.join(directory, 'units.json');
    const indexPath = path.join(directory, 'index.json');
    const plainPath = path.join(directory, 'plain.json');
    writeFileSync(unitsPath, unitsJson);
    writeFileSync(indexPath, indexJson);
    writeFileSync(plainPath, plainJson);
    const probe = (file: string, mode: string): { loadMs: number; heapTotalBytes: number; heapIndexBytes: number } =>
      JSON.parse(
        execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(repoRoot, 'build/bench/loadProbe.ts'), unitsPath, file, mode], {
          cwd: repoRoot,
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        }),
      );
    const ours = probe(indexPath, 'kb');
    const plain = probe(plainPath, 'plain');
    line('load (JSON.parse + reading the segment)', `${ms(ours.loadMs)}   target ≤ 1000 ms; default lunr JSON with lunr.Index.load: ${ms(plain.loadMs)}`);
    line('heap after load (all / index only)', `${mb(ours.heapTotalBytes)} / ${mb(ours.heapIndexBytes)}   target ≤ 300 MB`);
    line('  default lunr JSON (all / index)', `${mb(plain.heapTotalBytes)} / ${mb(plain.heapIndexBytes)}`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }

  started = performance.now();
  const engine = loadSearchEngine(corpus.units, JSON.parse(indexJson));
  const loadInProcessMs = performance.now() - started;
  const normalizedTexts = corpus.units.map((unit) => normalizeForSearch(unit.text));
  const scan = (query: string): number => {
    const needle = normalizeForSearch(query);
    let hits = 0;
    for (const text of normalizedTexts) if (text.includes(needle)) hits++;
    return hits;
  };

  const devSet: DevSet = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/search-dev-set.json'), 'utf8'));
  const random = seededRandom(17);
  const rare = Array.from({ length: 200 }, () => corpus.rareNames[Math.floor(random() * corpus.rareNames.length)]!);
  const sets = [
    { name: 'dev-set queries (many hits)', queries: [...devSet.substring, ...devSet.labeled.map((item) => item.q)] },
    { name: 'rare names (few hits)', queries: rare },
  ];
  if (typeof globalThis.gc === 'function') globalThis.gc();
  const heapBeforeQueries = process.memoryUsage().heapUsed;
  const pageSize = 20;
  console.log(`  (engine loaded in-process in ${ms(loadInProcessMs)}; latencies: first ${pageSize} hits, ranked, with snippets)`);
  for (const set of sets) {
    const meanHits = set.queries.reduce((sum, query) => sum + engine.search(query, { limit: 1 }).total, 0) / set.queries.length;
    const meanScan = set.queries.reduce((sum, query) => sum + scan(query), 0) / set.queries.length;
    const indexSamples = timeEach(set.queries, (query) => engine.search(query, { limit: pageSize }));
    const scanSamples = timeEach(set.queries, scan);
    const index = { p50: percentile(indexSamples, 50), p95: percentile(indexSamples, 95) };
    const baseline = { p50: percentile(scanSamples, 50), p95: percentile(scanSamples, 95) };
    console.log(`  ${set.name}: ${set.queries.length} queries, mean ${meanHits.toFixed(0)} hits (scan finds ${meanScan.toFixed(0)} verbatim)`);
    line('  index p50 / p95', `${ms(index.p50)} / ${ms(index.p95)}`);
    line('  scan  p50 / p95', `${ms(baseline.p50)} / ${ms(baseline.p95)}`);
    line('  p95 ratio index/scan', `${(index.p95 / baseline.p95).toFixed(3)}`);
  }
  if (typeof globalThis.gc === 'function') globalThis.gc();
  line('heap growth from the queries', `${mb(process.memoryUsage().heapUsed - heapBeforeQueries)} (normalised-text and probe caches)`);
}
