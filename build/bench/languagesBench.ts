/**
 * Search in six languages: quality on our own multilingual set (tests/fixtures/
 * multilingual-search-set.json) beside plain lunr with its default English pipeline
 * (trimmer, stop words, Porter stemmer), and latency on a synthetic corpus of reports in the six
 * languages (the set's sentences with their words reshuffled; labelled as synthetic) beside a
 * brute-force substring scan, both in the same run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { entityNameGroups } from '../../renderer/src/core/entities/entityNames';
import { extractEntities } from '../../renderer/src/core/entities/extractEntities';
import type { Report, Unit } from '../../renderer/src/core/report/types';
import { buildSearchIndex } from '../../renderer/src/core/search/buildSearchIndex';
import { loadSearchEngine, type SearchEngine } from '../../renderer/src/core/search/searchEngine';
import { normalizeForSearch } from '../../renderer/src/core/text/normalize';
import { repoRoot } from '../paths';
import { plainLunr, type Ranker } from './searchQuality';
import { seededRandom } from './syntheticCorpus';
import { mb, ms, percentile, timeEach } from './stats';

interface MultilingualSet {
  readonly reports: ReadonlyArray<{ id: string; language: string; units: readonly string[] }>;
  readonly substrings: Readonly<Record<string, readonly string[]>>;
  readonly wordForms: ReadonlyArray<{ language: string; query: string; relevant: readonly string[] }>;
  readonly crossLanguage: ReadonlyArray<{ query: string; relevant: readonly string[] }>;
}

function reportsOf(set: MultilingualSet): Report[] {
  return set.reports.map(({ id, language, units }) => ({
    meta: { id, title: id, language, session: 2017, subject: 'bench' },
    units: units.map((text, i): Unit => ({ id: `${id}:${i + 1}`, reportId: id, number: String(i + 1), kind: 'paragraph', text, section: String(i + 1) })),
    warnings: [],
  }));
}

function engineOf(reports: readonly Report[]): { engine: SearchEngine; entitiesMs: number; buildMs: number; buildCpuMs: number; indexBytes: number } {
  let started = performance.now();
  const nameGroups = entityNameGroups(extractEntities(reports).entities);
  const entitiesMs = performance.now() - started;
  started = performance.now();
  const cpu = process.cpuUsage();
  const serialized = buildSearchIndex(
    reports.flatMap((report) => report.units),
    { reportLanguages: new Map(reports.map((report) => [report.meta.id, report.meta.language])), nameGroups },
  );
  const buildMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const buildCpuMs = (used.user + used.system) / 1000;
  const json = JSON.stringify(serialized);
  return { engine: loadSearchEngine(reports.flatMap((report) => report.units), JSON.parse(json)), entitiesMs, buildMs, buildCpuMs, indexBytes: json.length };
}

function recall(found: number, total: number): string {
  return `${(found / Math.max(1, total)).toFixed(3)} (${found}/${total})`;
}

function qualityOf(rank: Ranker, set: MultilingualSet, units: readonly Unit[], language: string): { substring: [number, number]; forms: [number, number] } {
  let found = 0;
  let total = 0;
  for (const query of set.substrings[language] ?? []) {
    const needle = normalizeForSearch(query);
    const relevant = units.filter((unit) => normalizeForSearch(unit.text).includes(needle)).map((unit) => unit.id);
    const ranked = new Set(rank(query));
    total += relevant.length;
    found += relevant.filter((id) => ranked.has(id)).length;
  }
  let formsFound = 0;
  let formsTotal = 0;
  for (const { query, relevant } of set.wordForms.filter((item) => item.language === language)) {
    const ranked = new Set(rank(query));
    formsTotal += relevant.length;
    formsFound += relevant.filter((id) => ranked.has(id)).length;
  }
  return { substring: [found, total], forms: [formsFound, formsTotal] };
}

/** Six-language reports made of the set's sentences, words reshuffled within each language. */
function syntheticReports(set: MultilingualSet, reportsPerLanguage: number, unitsPerReport: number): Report[] {
  const random = seededRandom(14);
  const reports: Report[] = [];
  for (const source of set.reports) {
    const isUnspaced = source.language === 'zh';
    const words = source.units.flatMap((text) => (isUnspaced ? text.match(/[^，。、《》]{1,4}/gu) ?? [] : text.split(/\s+/u)));
    for (let r = 0; r < reportsPerLanguage; r++) {
      const id = `synthetic-${source.language}-${r}`;
      const units = Array.from({ length: unitsPerReport }, (_, u): Unit => {
        const length = 12 + Math.floor(random() * 30);
        const picked = Array.from({ length }, () => words[Math.floor(random() * words.length)]!);
        return { id: `${id}:${u + 1}`, reportId: id, number: String(u + 1), kind: 'paragraph', text: picked.join(isUnspaced ? '' : ' '), section: '1' };
      });
      reports.push({ meta: { id, title: id, language: source.language, session: 2017, subject: 'synthetic' }, units, warnings: [] });
    }
  }
  return reports;
}

/** Prints per-language quality and six-language latency. */
export async function runLanguagesBench(): Promise<void> {
  const set: MultilingualSet = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/multilingual-search-set.json'), 'utf8'));
  const reports = reportsOf(set);
  const units = reports.flatMap((report) => report.units);
  const { engine } = engineOf(reports);
  const ours: Ranker = (query) => engine.search(query).hits.map((hit) => hit.unit.id);
  const plain = plainLunr(units, (unit) => unit.id);
  console.log(`\nSearch in six languages — our multilingual set (${units.length} units; baseline: plain lunr, default English pipeline):`);
  for (const { language } of set.reports) {
    const a = qualityOf(ours, set, units, language);
    const b = qualityOf(plain, set, units, language);
    const forms = a.forms[1] === 0 ? '' : `; word-form recall ${recall(...a.forms)} vs lunr ${recall(...b.forms)}`;
    console.log(`  ${language}: substring recall ${recall(...a.substring)} vs lunr ${recall(...b.substring)}${forms}`);
  }
  let crossFound = 0;
  let crossPlain = 0;
  let crossTotal = 0;
  for (const { query, relevant } of set.crossLanguage) {
    const hits = new Set(ours(query));
    const plainHits = new Set(plain(query));
    crossTotal += relevant.length;
    crossFound += relevant.filter((id) => hits.has(id)).length;
    crossPlain += relevant.filter((id) => plainHits.has(id)).length;
  }
  console.log(`  across languages (ITU, Sofia, Geneva, Switzerland): recall ${recall(crossFound, crossTotal)} vs lunr ${recall(crossPlain, crossTotal)}`);

  const synthetic = syntheticReports(set, 50, 50);
  const syntheticUnits = synthetic.flatMap((report) => report.units);
  const built = engineOf(synthetic);
  console.log(`  synthetic six-language corpus (reshuffled words of the set, not real reports): ${synthetic.length} reports, ${syntheticUnits.length} units`);
  console.log(`    entity extraction ${ms(built.entitiesMs)}, index build ${ms(built.buildMs)} (CPU ${ms(built.buildCpuMs)}), index size ${mb(built.indexBytes)}`);
  const normalizedTexts = syntheticUnits.map((unit) => normalizeForSearch(unit.text));
  const scan = (query: string): number => {
    const needle = normalizeForSearch(query);
    let hits = 0;
    for (const text of normalizedTexts) if (text.includes(needle)) hits++;
    return hits;
  };
  const queries = [...Object.values(set.substrings).flat(), ...set.wordForms.map((item) => item.query), ...set.crossLanguage.map((item) => item.query)];
  const indexSamples = timeEach(queries, (query) => built.engine.search(query, { limit: 20 }));
  const scanSamples = timeEach(queries, scan);
  console.log(
    `    ${queries.length} queries, first 20 hits: p50 / p95 ${ms(percentile(indexSamples, 50))} / ${ms(percentile(indexSamples, 95))}; ` +
      `substring scan ${ms(percentile(scanSamples, 50))} / ${ms(percentile(scanSamples, 95))}`,
  );
}
