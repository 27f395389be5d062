/**
 * A copy of the web build serving another corpus: the same three data files the data build
 * writes (corpus, search index, entities), so a benchmark loads the app exactly as shipped.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packEntities } from '../../renderer/src/core/entities/entitiesFile';
import { extractEntities } from '../../renderer/src/core/entities/extractEntities';
import type { Report } from '../../renderer/src/core/report/types';
import { buildSearchIndex } from '../../renderer/src/core/search/buildSearchIndex';
import { rendererBuildDir } from '../rendererBuild';

/** A temporary copy of the renderer build; with `reports`, its data files are theirs. */
export function servedBuild(prefix: string, reports?: readonly Report[]): string {
  const directory = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(rendererBuildDir, directory, { recursive: true });
  if (reports !== undefined) {
    writeFileSync(path.join(directory, 'corpus.json'), JSON.stringify({ reports }));
    writeFileSync(path.join(directory, 'search-index.json'), JSON.stringify(buildSearchIndex(reports.flatMap((report) => report.units))));
    writeFileSync(path.join(directory, 'entities.json'), JSON.stringify(packEntities(extractEntities(reports), reports)));
  }
  return directory;
}
