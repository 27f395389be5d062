/**
 * The data files the app ships (build/libraryFiles.ts): library.json, a file per report, search
 * segments, the entities extracted from the corpus and their units' search facets. Built by `npm run build:data`; the CLI
 * rebuilds them when they are missing or older than the sources, and reads the corpus back from
 * them (the segments hold every unit, grouped).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isEntitiesFile, unpackEntities } from '../renderer/src/core/entities/entitiesFile';
import { extractEntities } from '../renderer/src/core/entities/extractEntities';
import type { CorpusEntities } from '../renderer/src/core/entities/types';
import { readFacetsFile } from '../renderer/src/core/library/facetsFile';
import {
  isLibraryFile,
  isSearchManifest,
  isSegmentFile,
  libraryUnitCount,
  reportsFromSegments,
  searchManifestFileName,
  type SegmentFile,
} from '../renderer/src/core/library/libraryFiles';
import type { Corpus } from '../renderer/src/core/report/types';
import { searchIndexFormat } from '../renderer/src/core/search/searchIndexFormat';
import { readCorpusSources, readManifest } from './corpusSources';
import { writeLibraryFiles } from './libraryFiles';
import { dataDir, generatedDir, libraryJsonPath, manifestPath } from './paths';

export interface GeneratedData {
  readonly corpus: Corpus;
  /** The search segments, together every unit of the corpus (searchEngineOf makes an engine of them). */
  readonly segments: readonly SegmentFile[];
  readonly entities: CorpusEntities;
}

/** Parses the sources, extracts the entities, builds the segments and writes the library files. */
export async function buildGeneratedData(): Promise<GeneratedData> {
  const corpus = await readCorpusSources();
  const entities = extractEntities(corpus.reports);
  await writeLibraryFiles(generatedDir, corpus.reports, entities);
  // Read back as the app and the CLI read them, so the build's answer is theirs.
  const read = await readGeneratedData();
  if (read === null) throw new Error(`${generatedDir}: the files just written could not be read back`);
  return { ...read, corpus };
}

async function modifiedAt(filePath: string): Promise<number> {
  try {
    return (await stat(filePath)).mtimeMs;
  } catch {
    return Number.NaN;
  }
}

async function isStale(): Promise<boolean> {
  // library.json is written last: its time is the build's.
  const built = await modifiedAt(libraryJsonPath);
  if (Number.isNaN(built)) return true;
  const sources = [manifestPath, ...(await readManifest()).map((entry) => path.join(dataDir, entry.file))];
  const times = await Promise.all(sources.map(modifiedAt));
  return times.some((time) => Number.isNaN(time) || time > built);
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(generatedDir, file), 'utf8'));
}

/** The generated files, or null when one is of another format or damaged (they are then rebuilt). */
async function readGeneratedData(): Promise<GeneratedData | null> {
  const library = await readJson('library.json');
  if (!isLibraryFile(library) || !isSearchManifest(await readJson(searchManifestFileName))) return null;
  const [segments, entitiesFile, facetsFile] = await Promise.all([Promise.all(library.segments.map(readJson)), readJson(library.entities), readJson(library.facets)]);
  if (!segments.every(isSegmentFile) || !isEntitiesFile(entitiesFile)) return null;
  try {
    readFacetsFile(facetsFile, libraryUnitCount(library));
  } catch {
    return null;
  }
  if (segments.some((segment) => segment.index.format !== searchIndexFormat)) return null;
  const reports = reportsFromSegments(library.documents, segments);
  return { corpus: { reports }, segments, entities: unpackEntities(entitiesFile, reports) };
}

/** The generated data, rebuilt first if missing, older than the sources or of an older format. */
export async function loadGeneratedData(): Promise<GeneratedData> {
  if (await isStale()) return buildGeneratedData();
  return (await readGeneratedData().catch(() => null)) ?? buildGeneratedData();
}
