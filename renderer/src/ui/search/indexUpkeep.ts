/**
 * What a worker holding a LibraryIndex does besides answering queries, the same in the search
 * worker and in a shard worker (shardWorker.ts): loading the rest of the index after its first
 * segment, and working ahead in slices of a few milliseconds (units' texts prepared for
 * verification, segments merged). All of it waits while the delegate types (BackgroundGate),
 * and none of it runs while a query is being answered (`isBusy`): a library searched in parts
 * ranks a query after the other parts have verified it, and the index must not change between.
 */
import { inNextTask, nextTaskNow } from '../data/nextTask';
import type { BackgroundGate } from './backgroundGate';
import type { LibraryIndex } from './libraryIndex';
import type { SearchWarmUp } from './searchWarmUp';

/** How long one slice of background work may hold a query that arrives meanwhile, in ms. */
const backgroundSlice = 6;
/**
 * How long no query must have come before the facets are read (facets.json): parsing it holds the
 * worker (about a second at 10,000 reports), which a keystroke arriving meanwhile would wait for.
 */
const quietBeforeFacets = 1000;
/**
 * How long background work waits after a query came and after it was answered, in ms. On 2 cores
 * the page needs one to render each keystroke's results while the worker searches on the other:
 * loading segments meanwhile stretched the page's tasks two to three times their CPU time (a 15 ms
 * layout took 40 ms) at 10,000 reports. Typing's pauses are longer than this, and the work goes on in them.
 */
export const typingPause = 150;

export class IndexUpkeep {
  private isBackgroundScheduled = false;

  constructor(
    private readonly index: LibraryIndex,
    private readonly gate: BackgroundGate,
    /** Whether a query waits or is being answered. */
    private readonly isBusy: () => boolean,
  ) {}

  /**
   * Loads the rest of the index after its first segment: the search code warmed, every segment
   * (`onSegment` after each), the query's working arrays, the code warmed again, the facets. Rejects
   * when a segment or the facets cannot be read.
   */
  async loadRest(onSegment: () => void): Promise<void> {
    const { index, gate } = this;
    // The search code warmed over the first segment before the others load: a delegate who types
    // while they do (seconds at 1,000 reports) no longer waits for V8 to compile it.
    await this.warmUp(() => index.warmUp());
    // Each fetch lets the queries that arrived meanwhile run before the next segment is added.
    while (!index.isComplete) {
      await gate.whenQuiet(typingPause);
      await index.loadNextSegment();
      this.scheduleBackground();
      onSegment();
    }
    // The query's working arrays, made now rather than by the first broad keystrokes, whose
    // allocating them set off a full collection inside a keystroke at 10,000 reports; before the
    // second warm-up and the facets, so that the collections their garbage brings count these arrays in.
    await gate.whenQuiet(typingPause);
    index.reserveWorkingArrays();
    // Again once the delegate is about to type over the whole index: over the whole library when
    // that is short (LibraryIndex.isWarmedWhole: the look-up path across segments), else over an
    // engine of the first segment's own, as before the early warm-up was there.
    await this.warmUp(() => (index.isWarmedWhole() ? index.warmUp() : index.warmUpOnFirstSegments()));
    // The facets are read at start-up, not when a facet is first asked for (a damaged file is
    // the library failing, said at start-up, and the first facets need not wait for them), but
    // once the delegate pauses typing: keystrokes come first.
    await gate.whenQuiet(quietBeforeFacets);
    await index.prepareFacets();
    this.scheduleBackground();
  }

  /**
   * Runs the search code before the delegate types (searchWarmUp.ts), a step per task and none while
   * they type. A warm-up that cannot start (its segment unreadable) is left out: the first searches
   * are then only slower.
   */
  private async warmUp(start: () => SearchWarmUp | null | Promise<SearchWarmUp | null>): Promise<void> {
    await this.gate.whenQuiet(typingPause);
    const warming = await Promise.resolve()
      .then(start)
      .catch(() => null);
    if (warming === null) return;
    for (;;) {
      await this.gate.whenQuiet(typingPause);
      await nextTaskNow();
      // A query that came in the task between is answered first: a step is a query of its own.
      if (this.isBusy()) continue;
      if (!warming.step()) return;
    }
  }

  /**
   * Works ahead a slice at a time, each after the messages that arrived meanwhile (queries first):
   * unit texts prepared for verification, then, once every bundled segment is in (loading them
   * comes first), segments merged.
   */
  scheduleBackground(): void {
    if (this.isBackgroundScheduled) return;
    this.isBackgroundScheduled = true;
    inNextTask(() => {
      this.isBackgroundScheduled = false;
      // A waiting query runs first; answering it schedules this again.
      if (this.isBusy()) return;
      if (this.gate.quietFor < typingPause) {
        this.isBackgroundScheduled = true;
        void this.gate.whenQuiet(typingPause).then(() => {
          this.isBackgroundScheduled = false;
          this.scheduleBackground();
        });
        return;
      }
      const { index } = this;
      const startedAt = performance.now();
      let hasMore = true;
      while (hasMore && performance.now() - startedAt < backgroundSlice) {
        hasMore = index.prepareStep() || (index.isComplete && index.mergeStep());
      }
      if (hasMore) this.scheduleBackground();
    });
  }
}
