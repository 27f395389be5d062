/**
 * Structure quality: numbered units found and invented, titles, symbols and metadata right, text
 * coverage, per layout and language, against the issue's targets. Runs on our fixtures
 * (tests/fixtures/documents) in `npm run bench`, and on any folder of real documents kept outside
 * the project: `npx tsx build/bench/structureBench.ts --dir DIR` (each DIR/**\/NAME.txt with a
 * NAME.expected.json beside it, in the fixtures' format).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../paths';
import { measureStructure, readStructureSamples, type StructureScore } from './structureMeasure';

const TARGETS = { found: 0.95, invented: 0.02, titles: 0.9, symbols: 0.9, coverage: 1 };

interface Totals {
  documents: number;
  present: number;
  found: number;
  invented: number;
  titles: number;
  symbols: number;
  symbolsAsked: number;
  metaRight: number;
  metaTotal: number;
  coverage: number;
  errors: number;
}

function add(totals: Totals, score: StructureScore): void {
  totals.documents += 1;
  totals.present += score.present;
  totals.found += score.found;
  totals.invented += score.invented;
  totals.titles += score.isTitleRight ? 1 : 0;
  if (score.isSymbolRight !== undefined) {
    totals.symbolsAsked += 1;
    totals.symbols += score.isSymbolRight ? 1 : 0;
  }
  totals.metaRight += score.metaRight;
  totals.metaTotal += score.metaTotal;
  totals.coverage += score.coverage;
  totals.errors += score.error === undefined ? 0 : 1;
}

const empty = (): Totals => ({ documents: 0, present: 0, found: 0, invented: 0, titles: 0, symbols: 0, symbolsAsked: 0, metaRight: 0, metaTotal: 0, coverage: 0, errors: 0 });
const percent = (part: number, whole: number): string => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)} %`);

function row(label: string, totals: Totals): string {
  return [
    label.padEnd(24),
    String(totals.documents).padStart(4),
    `${totals.found}/${totals.present}`.padStart(9),
    percent(totals.found, totals.present).padStart(8),
    String(totals.invented).padStart(8),
    `${totals.titles}/${totals.documents}`.padStart(7),
    `${totals.symbols}/${totals.symbolsAsked}`.padStart(8),
    `${totals.metaRight}/${totals.metaTotal}`.padStart(8),
    percent(totals.coverage, totals.documents).padStart(9),
  ].join(' ');
}

/** Measures every sample in `directory` and prints the table; returns the totals. */
export async function runStructureBench(directory = path.join(repoRoot, 'tests/fixtures/documents')): Promise<Totals> {
  const samples = await readStructureSamples(directory);
  console.log(`\n## Document structure — ${samples.length} documents in ${path.relative(process.cwd(), directory) || directory}`);
  if (samples.length === 0) {
    console.log('no NAME.txt with a NAME.expected.json beside it');
    return empty();
  }
  const groups = new Map<string, Totals>();
  const total = empty();
  const failures: string[] = [];
  for (const sample of samples) {
    const score = measureStructure(sample.name, sample.text, sample.expected);
    const key = `${score.layout} ${score.language}`;
    const group = groups.get(key) ?? empty();
    add(group, score);
    groups.set(key, group);
    add(total, score);
    if (score.error !== undefined) failures.push(`${sample.name}: ${score.error}`);
    else if (score.found < score.present || score.invented > 0 || !score.isTitleRight || score.metaRight < score.metaTotal || score.coverage < 1) {
      failures.push(
        `${sample.name}: found ${score.found}/${score.present}, invented ${score.invented}, title ${score.isTitleRight ? 'right' : 'wrong'}, meta ${score.metaRight}/${score.metaTotal}, coverage ${(score.coverage * 100).toFixed(1)} %`,
      );
    }
  }
  console.log(['layout language'.padEnd(24), 'docs', 'found'.padStart(9), ''.padStart(8), 'invented'.padStart(8), 'titles'.padStart(7), 'symbols'.padStart(8), 'meta'.padStart(8), 'coverage'.padStart(9)].join(' '));
  for (const [key, totals] of [...groups].sort(([a], [b]) => a.localeCompare(b))) console.log(row(key, totals));
  console.log(row('total', total));
  const invented = total.present === 0 ? 0 : total.invented / total.present;
  console.log(
    [
      `targets: found ${percent(total.found, total.present)} (≥ ${TARGETS.found * 100} %)`,
      `invented ${(invented * 100).toFixed(1)} % of present (≤ ${TARGETS.invented * 100} %)`,
      `titles ${percent(total.titles, total.documents)} (≥ ${TARGETS.titles * 100} %)`,
      `symbols ${percent(total.symbols, total.symbolsAsked)} (≥ ${TARGETS.symbols * 100} %)`,
      `coverage ${percent(total.coverage, total.documents)} (${TARGETS.coverage * 100} %)`,
      `parser errors ${total.errors}`,
    ].join('; '),
  );
  for (const failure of failures) console.log(`  short of expected: ${failure}`);
  return total;
}

/**
 * Both fixture sets: the documents the parser was developed against, then documents written
 * afterwards with their expected structure set down before the parser first read them.
 */
export async function runStructureBenches(): Promise<void> {
  await runStructureBench(path.join(repoRoot, 'tests/fixtures/documents'));
  console.log('(documents the parser was developed against)');
  await runStructureBench(path.join(repoRoot, 'tests/fixtures/documents-unseen'));
  console.log('(documents written after the parser, expected structure set down before it read them)');
}

// Run alone: `npx tsx build/bench/structureBench.ts [--dir DIR]`.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  if (values.dir === undefined) await runStructureBenches();
  else await runStructureBench(path.resolve(values.dir));
}
