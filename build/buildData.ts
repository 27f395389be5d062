/** `npm run build:data`: parses data/ and writes the library files the app loads (build/libraryFiles.ts). */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildGeneratedData } from './generatedData';
import { generatedDir, repoRoot } from './paths';

const started = performance.now();
const { corpus, segments } = await buildGeneratedData();
const units = corpus.reports.reduce((sum, report) => sum + report.units.length, 0);
for (const report of corpus.reports) {
  for (const warning of report.warnings) console.warn(`warning: ${report.meta.id}: ${warning}`);
}

async function kilobytes(relative: string): Promise<string> {
  const full = path.join(generatedDir, relative);
  const info = await stat(full);
  if (!info.isDirectory()) return (info.size / 1024).toFixed(1);
  const names = await readdir(full);
  const sizes = await Promise.all(names.map(async (name) => (await stat(path.join(full, name))).size));
  return (sizes.reduce((sum, size) => sum + size, 0) / 1024).toFixed(1);
}

const parts = [
  `library.json ${await kilobytes('library.json')} KB`,
  `reports/ ${await kilobytes('reports')} KB in ${corpus.reports.length} file(s)`,
  `search/ ${await kilobytes('search')} KB in ${segments.length} segment(s)`,
  `entities.json ${await kilobytes('entities.json')} KB`,
  `facets.json ${await kilobytes('facets.json')} KB`,
];
console.log(
  `built ${corpus.reports.length} report(s), ${units} units in ${(performance.now() - started).toFixed(0)} ms into ${path.relative(repoRoot, generatedDir)}: ${parts.join(', ')}`,
);
