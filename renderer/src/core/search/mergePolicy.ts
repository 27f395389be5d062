/**
 * Which segments to merge next, in the spirit of Lucene's merge policies: a segment that has lost
 * a quarter of its units is rewritten alone (its deleted units still cost verification time),
 * otherwise two neighbours of similar size are merged, the smallest pair first. Neighbours only,
 * as Lucene's LogMergePolicy, so units keep their order (ties in ranking keep theirs). Similar
 * sizes and a cap keep each step bounded: a 50-unit import is never rewritten together with the
 * bundled corpus, and imports pair up like a binary counter into segments of up to maxMergedUnits,
 * so imports of u units in all leave about u / maxMergedUnits segments, plus O(log n) smaller ones.
 */

/** What the policy knows of a segment. */
export interface SegmentSize {
  /** Units it holds, deleted ones included. */
  readonly units: number;
  readonly deleted: number;
  /**
   * Grouped already by the build (the bundled segments): never merged with a neighbour, only
   * compacted. Merging two 6,000-unit segments takes about a second, work the build has done.
   */
  readonly isSealed?: boolean;
}

/** A neighbour larger than this many times the other is not merged with it. */
export const maxSizeRatio = 4;
/**
 * No merge writes a segment of more live units than this (compaction of a larger one still runs):
 * about the size of the build's bundled segments (build/libraryFiles.ts). A merge is one step of
 * the search worker, which a keystroke arriving meanwhile waits for, and it is made again at each
 * start (the imported documents' segments are stored one per document). 600 imported documents of
 * 66 Chinese paragraphs (Node): with a cap of 65,536, 599 merges took 9.7–10.6 s, the longest
 * 1.4–1.5 s, leaving 2 segments; with 2,048, 563 merges took 4.0–4.3 s, the longest 32–34 ms,
 * leaving 38, and queries took as long (p50 5.7–6.7 ms, their probes looked up each time).
 */
export const maxMergedUnits = 2_048;
/** Share of deleted units that makes a segment worth rewriting alone. */
export const compactionShare = 0.25;

/** The segments `[start, end)` to merge next, or undefined when nothing is worth doing. */
export function nextMerge(segments: readonly SegmentSize[]): { readonly start: number; readonly end: number } | undefined {
  let worstShare = 0;
  let compact = -1;
  segments.forEach((segment, i) => {
    const share = segment.units === 0 ? 1 : segment.deleted / segment.units;
    if (share >= compactionShare && share > worstShare) {
      worstShare = share;
      compact = i;
    }
  });
  if (compact >= 0) return { start: compact, end: compact + 1 };

  let best: { start: number; end: number } | undefined;
  let bestSize = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < segments.length; i++) {
    if (segments[i]!.isSealed === true || segments[i + 1]!.isSealed === true) continue;
    const a = segments[i]!.units - segments[i]!.deleted;
    const b = segments[i + 1]!.units - segments[i + 1]!.deleted;
    const size = a + b;
    if (Math.max(a, b) > maxSizeRatio * Math.max(1, Math.min(a, b)) || size > maxMergedUnits) continue;
    if (size < bestSize) {
      bestSize = size;
      best = { start: i, end: i + 2 };
    }
  }
  return best;
}
