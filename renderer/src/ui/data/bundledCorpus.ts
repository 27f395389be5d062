/**
 * The whole bundled corpus, for what needs every unit: the search worker (the engine matches and
 * quotes the text), and in the page the corpus-wide views (entities, activities, timeline, all
 * notes, export). Read from the search segments, which hold every unit once, grouped, rather than
 * from thousands of report files.
 */
import { reportsFromSegments, type LibraryFile, type SegmentFile } from '../../core/library/libraryFiles';
import { DataFileError, fetchEntitiesFile, fetchSegment, readBundledEntities } from './dataFiles';
import type { CorpusPart } from './libraryParts';
import { messageOf } from '../feedback/errorMessage';

export interface BundledCorpus extends CorpusPart {
  readonly segments: readonly SegmentFile[];
}

/** Fetches every segment and the entities file at once, and rebuilds the bundled reports. */
export async function loadBundledCorpus(baseUrl: string, library: LibraryFile): Promise<BundledCorpus> {
  const [segments, entitiesFile] = await Promise.all([
    Promise.all(library.segments.map((file) => fetchSegment(baseUrl, file))),
    fetchEntitiesFile(baseUrl, library),
  ]);
  let reports;
  try {
    reports = reportsFromSegments(library.documents, segments);
  } catch (error) {
    throw new DataFileError(library.segments.join(', '), messageOf(error));
  }
  return { reports, entities: readBundledEntities(library, entitiesFile, reports), segments };
}
