/** The search engine over the bundled library's segments, as the app's search worker builds it. */
import type { SegmentFile } from '../renderer/src/core/library/libraryFiles';
import { createSegmentedSearchEngine, type SegmentedSearchEngine } from '../renderer/src/core/search/searchEngine';

/** An engine holding every segment as shipped (merging them is the engine's business). */
export function searchEngineOf(segments: readonly SegmentFile[]): SegmentedSearchEngine {
  const engine = createSegmentedSearchEngine();
  for (const segment of segments) engine.addSegment(segment.units, segment.index);
  return engine;
}
