/**
 * The data files the app ships: the parsed corpus, the prebuilt search index and the entities
 * extracted from the corpus. Built by `npm run build:data`; the CLI rebuilds them when they are
 * missing or older than the sources.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isEntitiesFile, packEntities, unpackEntities } from '../renderer/src/core/entities/entitiesFile';
import { entityNameGroups } from '../renderer/src/core/entities/entityNames';
import { extractEntities } from '../renderer/src/core/entities/extractEntities';
import type { CorpusEntities } from '../renderer/src/core/entities/types';
import { buildSearchIndex } from '../renderer/src/core/search/buildSearchIndex';
import { searchIndexFormat, type SerializedSearchIndex } from '../renderer/src/core/search/searchIndexFormat';
import type { Corpus } from '../renderer/src/core/report/types';
import { readCorpusSources, readManifest } from './corpusSources';
import { corpusJsonPath, dataDir, entitiesJsonPath, generatedDir, manifestPath, searchIndexJsonPath } from './paths';

export interface GeneratedData {
  readonly corpus: Corpus;
  readonly index: SerializedSearchIndex;
  readonly entities: CorpusEntities;
}

const generatedFiles = [corpusJsonPath, searchIndexJsonPath, entitiesJsonPath];

async function writeJsonAtomically(filePath: string, value: unknown): Promise<void> {
  const temporary = `${filePath}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(value));
  await rename(temporary, filePath);
}

/** Parses the sources, builds the index, extracts the entities and writes the three files. */
export async function buildGeneratedData(): Promise<GeneratedData> {
  const corpus = await readCorpusSources();
  const entities = extractEntities(corpus.reports);
  const index = buildSearchIndex(corpus.reports.flatMap((report) => report.units), {
    reportLanguages: new Map(corpus.reports.map((report) => [report.meta.id, report.meta.language])),
    nameGroups: entityNameGroups(entities.entities),
  });
  await mkdir(generatedDir, { recursive: true });
  await writeJsonAtomically(corpusJsonPath, corpus);
  await writeJsonAtomically(searchIndexJsonPath, index);
  await writeJsonAtomically(entitiesJsonPath, packEntities(entities, corpus.reports));
  return { corpus, index, entities };
}

async function modifiedAt(filePath: string): Promise<number> {
  try {
    return (await stat(filePath)).mtimeMs;
  } catch {
    return Number.NaN;
  }
}

async function isStale(): Promise<boolean> {
  const built = Math.min(...(await Promise.all(generatedFiles.map(modifiedAt))));
  if (Number.isNaN(built)) return true;
  const sources = [manifestPath, ...(await readManifest()).map((entry) => path.join(dataDir, entry.file))];
  const times = await Promise.all(sources.map(modifiedAt));
  return times.some((time) => Number.isNaN(time) || time > built);
}

/** The generated data, rebuilt first if missing or older than the sources. */
export async function loadGeneratedData(): Promise<GeneratedData> {
  if (await isStale()) return buildGeneratedData();
  const [corpus, index, entities] = await Promise.all([
    readFile(corpusJsonPath, 'utf8').then((text): Corpus => JSON.parse(text)),
    readFile(searchIndexJsonPath, 'utf8').then((text): SerializedSearchIndex => JSON.parse(text)),
    readFile(entitiesJsonPath, 'utf8').then((text): unknown => JSON.parse(text)),
  ]);
  // An entities file or a search index of an older format is rebuilt rather than misread.
  if (!isEntitiesFile(entities) || index.format !== searchIndexFormat) return buildGeneratedData();
  return { corpus, index, entities: unpackEntities(entities, corpus.reports) };
}
