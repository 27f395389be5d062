/**
 * Warms the search code before a delegate types (core/search/warmUpQueries.ts says why), a step at
 * a time: the warm-up queries, typed as a delegate types them, over the library's own engine
 * (libraryIndex.ts), which runs the code as the delegate's searches will; once done, the engine
 * forgets what the queries left (the last result, the clauses' matches, the probes looked up), so
 * that only code is warm. Over a library too large for that once loaded, an engine of its own on
 * the first segments (ofSegments). A step is one query, so a keystroke's query that arrives
 * meanwhile waits for one query at most.
 */
import type { SegmentFile } from '../../core/library/libraryFiles';
import type { Unit } from '../../core/report/types';
import { createSegmentedSearchEngine } from '../../core/search/searchEngine';
import { WarmUpQueries } from '../../core/search/warmUpQueries';
import { resultLimit } from './resultLimit';

/** Texts that give the queries' words: enough for the frequent ones, few to count. */
export const warmUpSampleSize = 500;
/** Sample texts read per step for the queries: about 6 ms in Node before the code is compiled (500 took 63 ms). */
const textsPerStep = 50;

/** The texts of a segment's units that a warm-up takes its queries from. */
export function warmUpSample(units: readonly Unit[]): string[] {
  return units.slice(0, warmUpSampleSize).map((unit) => unit.text);
}

/** Where the warm-up's queries run: prepared a batch of texts at a time, searched, then forgotten. */
export interface WarmUpTarget {
  /** Prepares a batch of texts; false once all are. */
  prepareStep(): boolean;
  search(query: string): void;
  /** Drops what the queries left (the target's caches). */
  forget(): void;
}

export class SearchWarmUp {
  private readonly reading: WarmUpQueries;
  private queries: readonly string[] | null = null;
  private next = 0;
  private isDone = false;

  /** Over `target`, with the queries of the sample's first warmUpSampleSize texts. */
  constructor(
    private readonly target: WarmUpTarget,
    sample: readonly string[],
  ) {
    this.reading = new WarmUpQueries(sample.slice(0, warmUpSampleSize));
  }

  /**
   * A warm-up over an engine of its own on these segments (their texts prepared first), its queries
   * from the first one's texts. Two segments or more run the look-up path across segments, which
   * an engine of one never takes.
   */
  static ofSegments(segments: ReadonlyArray<Pick<SegmentFile, 'units' | 'index'>>): SearchWarmUp {
    const engine = createSegmentedSearchEngine();
    for (const { units, index } of segments) engine.addSegment(units, index);
    const target: WarmUpTarget = {
      prepareStep: () => engine.prepareStep(),
      search: (query) => engine.search(query, { limit: resultLimit }),
      // The engine goes with the warm-up: nothing of it is left to forget.
      forget: () => undefined,
    };
    return new SearchWarmUp(target, warmUpSample(segments[0]?.units ?? []));
  }

  /** One step: a batch of the sample read for the queries, a batch of texts prepared, or one query run (as the box asks for them); false once all have run and the target forgot them. */
  step(): boolean {
    if (this.isDone) return false;
    if (this.queries === null) {
      if (this.reading.readNext(textsPerStep)) return true;
      this.queries = this.reading.queries();
    }
    if (this.target.prepareStep()) return true;
    const query = this.queries[this.next++];
    if (query !== undefined) this.target.search(query);
    if (this.next < this.queries.length) return true;
    this.isDone = true;
    this.target.forget();
    return false;
  }
}
