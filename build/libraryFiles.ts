/**
 * Writes the library's data files (core/library/libraryFiles.ts) for a corpus: library.json,
 * one file per report, search segments of whole reports, the bundled entities and their units'
 * search facets. Used by
 * `npm run build:data` and by the benchmarks' served copies, so both ship the same layout.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packEntities } from '../renderer/src/core/entities/entitiesFile';
import { entityNameGroups } from '../renderer/src/core/entities/entityNames';
import { corpusUnitFacets } from '../renderer/src/core/entities/unitFacets';
import { facetTable, packFacets } from '../renderer/src/core/library/facetsFile';
import type { CorpusEntities } from '../renderer/src/core/entities/types';
import {
  LIBRARY_FILE_FORMAT,
  libraryEntryOf,
  libraryFileName,
  REPORT_FILE_FORMAT,
  reportFileName,
  SEGMENT_FILE_FORMAT,
  searchManifestFileName,
  searchManifestOf,
  type LibraryFile,
  type ReportFile,
  type SegmentFile,
} from '../renderer/src/core/library/libraryFiles';
import { libraryText } from '../renderer/src/core/library/libraryText';
import type { Report } from '../renderer/src/core/report/types';
import { buildSearchIndex } from '../renderer/src/core/search/buildSearchIndex';

/**
 * Units per bundled segment, in the order the segments are written (the last size for every later
 * one): the search worker answers queries once the first is in and adds the others one at a time
 * between queries, so the first is small (first results in a fraction of a second however large
 * the library) and the others small enough that reading one (a JSON parse that holds the worker)
 * never keeps a keystroke waiting long. They are sealed in the worker (never merged again).
 *
 * 2,000 units after the first: a 5,000-unit file (3.3 MB at 1,000 reports) took the worker
 * 100–165 ms of CPU to read, in one task, that a keystroke waited behind; 1,000-unit files (~25 ms)
 * made every query slower once loaded at 10,000 reports (500 segments to look terms up in: p50
 * +55%, p95 +38% beside 110 segments, measured in Node on ten copies of the 1,000-report library).
 */
export const segmentSizes: readonly number[] = [1_000, 2_000];

const entitiesFileName = 'entities.json';
const facetsFileName = 'facets.json';

/** Files of the earlier layout, removed so that a build never ships them stale. */
const formerFiles = ['corpus.json', 'search-index.json'];

async function writeTextAtomically(filePath: string, text: string): Promise<void> {
  const temporary = `${filePath}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, filePath);
}

function writeJsonAtomically(filePath: string, value: unknown): Promise<void> {
  return writeTextAtomically(filePath, JSON.stringify(value));
}

/** Whole reports, in corpus order, grouped into runs of about `sizes[n]` units (the last size for every later run). */
export function segmentGroups(reports: readonly Report[], sizes: readonly number[] = segmentSizes): Report[][] {
  const groups: Report[][] = [];
  let current: Report[] = [];
  let units = 0;
  for (const report of reports) {
    const unitsPerSegment = sizes[Math.min(groups.length, sizes.length - 1)] ?? Number.POSITIVE_INFINITY;
    if (current.length > 0 && units + report.units.length > unitsPerSegment) {
      groups.push(current);
      current = [];
      units = 0;
    }
    current.push(report);
    units += report.units.length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Writes the library files of `reports` into `directory` (library.json last, so a reader never sees it before its files). */
export async function writeLibraryFiles(directory: string, reports: readonly Report[], entities: CorpusEntities): Promise<LibraryFile> {
  await Promise.all(['reports', 'search', ...formerFiles].map((name) => rm(path.join(directory, name), { recursive: true, force: true })));
  await mkdir(path.join(directory, 'reports'), { recursive: true });
  await mkdir(path.join(directory, 'search'), { recursive: true });
  const documents = reports.map((report) => ({ ...libraryEntryOf(report, 'bundled'), file: reportFileName(report.meta.id) }));
  for (const [n, report] of reports.entries()) {
    await writeFile(path.join(directory, documents[n]!.file), JSON.stringify({ format: REPORT_FILE_FORMAT, report } satisfies ReportFile));
  }
  const reportLanguages = new Map(reports.map((report) => [report.meta.id, report.meta.language]));
  const nameGroups = entityNameGroups(entities.entities);
  const segments: string[] = [];
  for (const [n, group] of segmentGroups(reports).entries()) {
    const units = group.flatMap((report) => report.units);
    const segment: SegmentFile = { format: SEGMENT_FILE_FORMAT, units, index: buildSearchIndex(units, { reportLanguages, nameGroups }) };
    const file = `search/segment-${n}.json`;
    await writeFile(path.join(directory, file), JSON.stringify(segment));
    segments.push(file);
  }
  await writeJsonAtomically(path.join(directory, entitiesFileName), packEntities(entities, reports));
  await writeJsonAtomically(path.join(directory, facetsFileName), packFacets(facetTable(corpusUnitFacets(reports, entities))));
  const library: LibraryFile = { format: LIBRARY_FILE_FORMAT, documents, segments, entities: entitiesFileName, facets: facetsFileName };
  await writeJsonAtomically(path.join(directory, searchManifestFileName), searchManifestOf(library));
  // One document per line, which the page parses a thousand at a time (core/library/libraryText.ts).
  await writeTextAtomically(path.join(directory, libraryFileName), libraryText(library));
  return library;
}
