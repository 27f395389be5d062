/**
 * Warms the search code before a delegate types (core/search/warmUpQueries.ts says why): an
 * engine of its own over the library's first segment, its texts prepared, then the warm-up
 * queries, a step at a time. A step is one query over the segment's thousand units (at most
 * 19–46 ms in Node, cold), so a keystroke's query that arrives meanwhile waits for one step at most.
 */
import type { Unit } from '../../core/report/types';
import { createSegmentedSearchEngine, type SegmentedSearchEngine } from '../../core/search/searchEngine';
import type { SerializedSearchIndex } from '../../core/search/searchIndexFormat';
import { warmUpQueries } from '../../core/search/warmUpQueries';
import { resultLimit } from './resultLimit';

/** Units whose texts give the queries' words: enough for the frequent ones, few to count. */
const sampledUnits = 500;

export class SearchWarmUp {
  private readonly engine: SegmentedSearchEngine = createSegmentedSearchEngine();
  private readonly queries: readonly string[];
  private next = 0;

  constructor(units: readonly Unit[], index: SerializedSearchIndex) {
    this.engine.addSegment(units, index);
    this.queries = warmUpQueries(units.slice(0, sampledUnits).map((unit) => unit.text));
  }

  /** One step: a batch of texts prepared, or one query run (as the box asks for them); false once all have run. */
  step(): boolean {
    if (this.engine.prepareStep()) return true;
    const query = this.queries[this.next];
    if (query === undefined) return false;
    this.engine.search(query, { limit: resultLimit });
    this.next++;
    return this.next < this.queries.length;
  }
}
