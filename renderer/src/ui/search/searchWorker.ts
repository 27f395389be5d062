/**
 * The search worker: loads the library's index itself and answers queries off the main thread,
 * from the first bundled segment on (the others follow, a segment at a time, between queries).
 * Queries queue up while one runs; only the latest of each channel is then run, the others are
 * answered with null (superseded), so a fast typist never waits for stale queries. Documents
 * added or removed change the index in order with the queries. When no query waits, the worker
 * works ahead in slices of a few milliseconds: it prepares the units' texts for verification
 * (a query's first touch of a unit otherwise normalises it) and merges segments. Background work
 * (segments loaded, texts prepared, segments merged) waits while the delegate types, and for a
 * search the page says is on its way (backgroundGate.ts).
 */
import { DataFileError } from '../data/dataFiles';
import { inNextTask, nextTaskNow } from '../data/nextTask';
import { messageOf } from '../feedback/errorMessage';
import { BackgroundGate } from './backgroundGate';
import { LibraryIndex } from './libraryIndex';
import type { SearchWarmUp } from './searchWarmUp';
import type { SearchChannel } from './searcher';
import type { FromWorker, ToWorker } from './workerProtocol';

let index: LibraryIndex | null = null;
const pending = new Map<SearchChannel, Extract<ToWorker, { type: 'search' }>>();
let isDrainScheduled = false;
let isBackgroundScheduled = false;
/** How long one slice of background work may hold a query that arrives meanwhile, in ms. */
const backgroundSlice = 6;
/** How often, at most, the page hears that more documents are searched while segments load. */
const coverageInterval = 1000;
/**
 * How long no query must have come before the facets are read (facets.json): parsing it holds the
 * worker (about a second at 10,000 reports), which a keystroke arriving meanwhile would wait for.
 */
const quietBeforeEntities = 1000;
/**
 * How long background work waits after a query came and after it was answered, in ms. On 2 cores
 * the page needs one to render each keystroke's results while the worker searches on the other:
 * loading segments meanwhile stretched the page's tasks two to three times their CPU time (a 15 ms
 * layout took 40 ms) at 10,000 reports. Typing's pauses are longer than this, and the work goes on in them.
 */
const typingPause = 150;
/** When background work may run: keystrokes come first. */
const gate = new BackgroundGate(() => pending.size > 0);

function reply(message: FromWorker): void {
  postMessage(message);
}

function failed(error: unknown): void {
  reply({ type: 'failed', message: error instanceof DataFileError ? error.message : messageOf(error) });
}

async function load(baseUrl: string): Promise<void> {
  let opened: LibraryIndex;
  try {
    // Loading the rest waits while the delegate types (keystrokes come first; libraryIndex.ts says why).
    opened = await LibraryIndex.open(baseUrl, () => gate.whenQuiet(typingPause));
  } catch (error) {
    failed(error);
    return;
  }
  index = opened;
  reply({ type: 'ready', unitCount: opened.unitCount, coverage: opened.coverage });
  // Counted as an answer: the page sends the queries it held on hearing it, and they come before
  // background work (the warm-up's steps), however busy its main thread is at start-up.
  gate.answered();
  try {
    // The search code warmed over the first segment before the others load: a delegate who types
    // while they do (seconds at 1,000 reports) no longer waits for V8 to compile it.
    await warmUp(() => opened.warmUp());
    let reportedAt = performance.now();
    // Each fetch lets the queries that arrived meanwhile run before the next segment is added.
    while (!opened.isComplete) {
      await gate.whenQuiet(typingPause);
      await opened.loadNextSegment();
      scheduleBackground();
      if (performance.now() - reportedAt < coverageInterval || opened.isComplete) continue;
      reply({ type: 'coverage', coverage: opened.coverage });
      reportedAt = performance.now();
    }
    reply({ type: 'coverage', coverage: opened.coverage });
    // The query's working arrays, made now rather than by the first broad keystrokes, whose
    // allocating them set off a full collection inside a keystroke at 10,000 reports; before the
    // second warm-up and the facets, so that the collections their garbage brings count these arrays in.
    await gate.whenQuiet(typingPause);
    opened.reserveWorkingArrays();
    // Again once the delegate is about to type over the whole index: over the whole library when
    // that is short (LibraryIndex.isWarmedWhole: the look-up path across segments), else over an
    // engine of the first segment's own, as before the early warm-up was there.
    await warmUp(() => (opened.isWarmedWhole() ? opened.warmUp() : opened.warmUpOnFirstSegment()));
    // The facets are read at start-up, not when a facet is first asked for (a damaged file is
    // the library failing, said at start-up, and the first facets need not wait for them), but
    // once the delegate pauses typing: keystrokes come first.
    await gate.whenQuiet(quietBeforeEntities);
    await opened.prepareFacets();
    reply({ type: 'loaded' });
    scheduleBackground();
  } catch (error) {
    failed(error);
  }
}

/**
 * Runs the search code before the delegate types (searchWarmUp.ts), a step per task and none while
 * they type. A warm-up that cannot start (its segment unreadable) is left out: the first searches
 * are then only slower.
 */
async function warmUp(start: () => SearchWarmUp | null | Promise<SearchWarmUp | null>): Promise<void> {
  await gate.whenQuiet(typingPause);
  const warming = await Promise.resolve()
    .then(start)
    .catch(() => null);
  if (warming === null) return;
  do {
    await gate.whenQuiet(typingPause);
    await nextTaskNow();
  } while (warming.step());
}

/** Faceted requests waiting for the facets to load, the latest per channel. */
const waitingForFacets = new Map<SearchChannel, Extract<ToWorker, { type: 'search' }>>();

/**
 * Runs a faceted request once the facets can be computed (every segment and the facets file in).
 * Only the latest request of a channel waits; an older one is answered as superseded, at once or
 * when a newer one reaches the queue first.
 */
function afterFacets(loaded: LibraryIndex, request: Extract<ToWorker, { type: 'search' }>): void {
  const older = waitingForFacets.get(request.channel);
  if (older !== undefined) reply({ type: 'result', id: older.id, result: null });
  waitingForFacets.set(request.channel, request);
  loaded.loadFacets().then(
    () => {
      if (waitingForFacets.get(request.channel) !== request) return;
      waitingForFacets.delete(request.channel);
      // A query that came in meanwhile is newer than this one.
      if (pending.has(request.channel)) reply({ type: 'result', id: request.id, result: null });
      else {
        pending.set(request.channel, request);
        scheduleDrain();
      }
    },
    () => {
      if (waitingForFacets.get(request.channel) !== request) return;
      waitingForFacets.delete(request.channel);
      // Facets that cannot be read (a damaged facets file) leave the hits, without counts.
      const { facets: _unread, ...withoutFacets } = request.options;
      reply({ type: 'result', id: request.id, result: loaded.search(request.query, withoutFacets) });
    },
  );
}

function scheduleDrain(): void {
  if (isDrainScheduled) return;
  isDrainScheduled = true;
  // A macrotask: every message that arrived while the last query ran is read before this.
  setTimeout(drain, 0);
}

/** Runs the latest query of each channel; runs after the queued messages have been read. */
function drain(): void {
  isDrainScheduled = false;
  const requests = [...pending.values()];
  pending.clear();
  for (const request of requests) {
    if (index !== null && request.options.facets !== undefined && !index.hasFacets) afterFacets(index, request);
    else reply({ type: 'result', id: request.id, result: index === null ? null : index.search(request.query, request.options) });
  }
  gate.answered();
  scheduleBackground();
}

/**
 * Works ahead a slice at a time, each after the messages that arrived meanwhile (queries first):
 * unit texts prepared for verification, then, once every bundled segment is in (loading them
 * comes first), segments merged.
 */
function scheduleBackground(): void {
  if (isBackgroundScheduled || index === null) return;
  isBackgroundScheduled = true;
  inNextTask(() => {
    isBackgroundScheduled = false;
    // A waiting query runs first; draining it schedules this again.
    if (pending.size > 0 || index === null) return;
    if (gate.quietFor < typingPause) {
      isBackgroundScheduled = true;
      void gate.whenQuiet(typingPause).then(() => {
        isBackgroundScheduled = false;
        scheduleBackground();
      });
      return;
    }
    const loaded = index;
    const startedAt = performance.now();
    let hasMore = true;
    while (hasMore && performance.now() - startedAt < backgroundSlice) {
      hasMore = loaded.prepareStep() || (loaded.isComplete && loaded.mergeStep());
    }
    if (hasMore) scheduleBackground();
  });
}

function change(id: number, apply: (loaded: LibraryIndex) => void): void {
  try {
    if (index === null) throw new Error('the search index is not loaded');
    apply(index);
    reply({ type: 'changed', id });
  } catch (error) {
    reply({ type: 'changed', id, error: messageOf(error) });
  }
  scheduleBackground();
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'load':
      void load(message.baseUrl);
      return;
    case 'unitsWithFacets': {
      const loaded = index;
      if (loaded === null) reply({ type: 'unitsWithFacets', id: message.id, unitIds: [] });
      else {
        loaded.loadFacets().then(
          () => reply({ type: 'unitsWithFacets', id: message.id, unitIds: loaded.unitsWithFacets(message.selection, message.unitIds) }),
          () => reply({ type: 'unitsWithFacets', id: message.id, unitIds: [...message.unitIds] }),
        );
      }
      return;
    }
    case 'addDocuments':
      change(message.id, (loaded) => loaded.add(message.documents));
      return;
    case 'removeDocuments':
      change(message.id, (loaded) => loaded.remove(message.reportIds));
      return;
    case 'expectSearch':
      gate.expectSearch();
      return;
    case 'search': {
      gate.queryCame();
      const superseded = pending.get(message.channel) ?? waitingForFacets.get(message.channel);
      if (superseded) reply({ type: 'result', id: superseded.id, result: null });
      waitingForFacets.delete(message.channel);
      pending.set(message.channel, message);
      scheduleDrain();
    }
  }
});
