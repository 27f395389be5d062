/**
 * The search engine over the same generated files the app loads, so tests compare what the
 * page shows with what the engine answers rather than with numbers copied by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { searchEngineOf } from '../../../build/librarySearch';
import { generatedDir, libraryJsonPath } from '../../../build/paths';
import { isLibraryFile, isSegmentFile, reportsFromSegments, type SegmentFile } from '../../../renderer/src/core/library/libraryFiles';
import type { Corpus } from '../../../renderer/src/core/report/types';
import type { SearchEngine } from '../../../renderer/src/core/search/searchEngine';
import { groupVersions } from '../../../renderer/src/core/versions/groupVersions';

let engine: SearchEngine | undefined;
let read: { corpus: Corpus; segments: SegmentFile[] } | undefined;

function readGenerated(): { corpus: Corpus; segments: SegmentFile[] } {
  if (read !== undefined) return read;
  const library: unknown = JSON.parse(readFileSync(libraryJsonPath, 'utf8'));
  if (!isLibraryFile(library)) throw new Error(`${libraryJsonPath} is not a library file`);
  const segments = library.segments.map((file): SegmentFile => {
    const segment: unknown = JSON.parse(readFileSync(path.join(generatedDir, file), 'utf8'));
    if (!isSegmentFile(segment)) throw new Error(`${file} is not a search segment`);
    return segment;
  });
  read = { corpus: { reports: reportsFromSegments(library.documents, segments) }, segments };
  return read;
}

/** The bundled corpus as the app receives it (call after the fixture has built the data). */
export function generatedCorpus(): Corpus {
  return readGenerated().corpus;
}

/** How many cards the library shows for the bundled corpus: one per document, its language versions together. */
export function bundledDocumentCount(): number {
  return groupVersions(generatedCorpus().reports.map((report) => report.meta)).length;
}

export function referenceEngine(): SearchEngine {
  engine ??= searchEngineOf(readGenerated().segments);
  return engine;
}
