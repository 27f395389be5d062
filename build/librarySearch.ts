/** The search engine over the library's segments, as the app's search worker builds it. */
import type { LibraryDocument } from '../renderer/src/core/library/libraryDocument';
import type { SegmentFile } from '../renderer/src/core/library/libraryFiles';
import { unpackSearchIndex } from '../renderer/src/core/search/packedSearchIndex';
import { createSegmentedSearchEngine, type SegmentedSearchEngine } from '../renderer/src/core/search/searchEngine';

/** An engine holding every segment as shipped (merging them is the engine's business). */
export function searchEngineOf(segments: readonly SegmentFile[]): SegmentedSearchEngine {
  const engine = createSegmentedSearchEngine();
  for (const segment of segments) engine.addSegment(segment.units, segment.index);
  return engine;
}

/** An engine over documents' own segments, one each, as the app indexes imported documents. */
export function searchEngineOfDocuments(documents: readonly LibraryDocument[]): SegmentedSearchEngine {
  const engine = createSegmentedSearchEngine();
  for (const document of documents) engine.addSegment(document.report.units, unpackSearchIndex(document.segment));
  return engine;
}
