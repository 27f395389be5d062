/**
 * `npm run bench`: performance figures, each beside a baseline measured in the same run, and the
 * parser's structure quality. `npm run bench -- structure search` runs only the parts named;
 * `npm run bench -- ui --sizes 1000` measures the UI on the 1,000-report library only (the
 * bundled corpus always runs), and `--profile DIR` also writes CPU profiles of one start-up.
 */
import { runExportBench } from './exportBench';
import { runImportBench } from './importBench';
import { runLanguagesBench } from './languagesBench';
import { runNotesBench } from './notesBench';
import { runNotesBrowserBench } from './notesBrowserBench';
import { runRevisionsBench } from './revisionsBench';
import { runSearchBench } from './searchBench';
import { runSearchQuality } from './searchQuality';
import { runStructureBenches } from './structureBench';
import { runUiBench } from './uiBench';
import { parseBenchOptions } from './benchOptions';
import { buildRenderer } from '../rendererBuild';

const args = process.argv.slice(2);
const options = parseBenchOptions(args);
const parts: Readonly<Record<string, () => Promise<unknown>>> = {
  structure: runStructureBenches,
  'search-quality': runSearchQuality,
  languages: runLanguagesBench,
  search: runSearchBench,
  ui: () => runUiBench(options.ui),
  notes: runNotesBench,
  'notes-browser': runNotesBrowserBench,
  export: runExportBench,
  revisions: runRevisionsBench,
  import: runImportBench,
};

const asked = options.parts;
const unknown = asked.filter((name) => !(name in parts));
if (unknown.length > 0) {
  console.error(`unknown bench part(s): ${unknown.join(', ')}; parts: ${Object.keys(parts).join(', ')}`);
  process.exit(2);
}
/** The parts that measure the renderer's build in Chromium. */
const browserParts = ['ui', 'notes-browser', 'import'];
const isAsked = (name: string): boolean => asked.length === 0 || asked.includes(name);

console.log(`Benchmarks — ${new Date().toISOString()}, node ${process.version}`);
// The figures are of the app as the sources build it now: a build left in dist/ newer than its
// sources passed for fresh, though it may be another (a build with `--minify false`, made to read
// a profile, was measured once: 349.6 KB of script at start-up for 200.1).
if (browserParts.some(isAsked)) await buildRenderer();
for (const [name, run] of Object.entries(parts)) {
  if (isAsked(name)) await run();
}
