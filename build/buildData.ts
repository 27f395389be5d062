/** `npm run build:data`: parses data/ and writes the corpus, search index and entities the app loads. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { buildGeneratedData } from './generatedData';
import { corpusJsonPath, entitiesJsonPath, repoRoot, searchIndexJsonPath } from './paths';

const started = performance.now();
const { corpus } = await buildGeneratedData();
const units = corpus.reports.reduce((sum, report) => sum + report.units.length, 0);
for (const report of corpus.reports) {
  for (const warning of report.warnings) console.warn(`warning: ${report.meta.id}: ${warning}`);
}
const sizes = await Promise.all([corpusJsonPath, searchIndexJsonPath, entitiesJsonPath].map(async (file) => {
  const kilobytes = ((await stat(file)).size / 1024).toFixed(1);
  return `${path.relative(repoRoot, file)} ${kilobytes} KB`;
}));
console.log(
  `built ${corpus.reports.length} report(s), ${units} units in ${(performance.now() - started).toFixed(0)} ms: ${sizes.join(', ')}`,
);
