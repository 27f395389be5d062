/**
 * The search worker: loads the library's index itself and answers queries off the main thread,
 * from the first bundled segment on (the others follow, a segment at a time, between queries).
 * Queries queue up while one runs; only the latest of each channel is then run, the others are
 * answered with null (superseded), so a fast typist never waits for stale queries. Documents
 * added or removed change the index in order with the queries. When no query waits, the worker
 * works ahead (indexUpkeep.ts); that waits while the delegate types, and for a search the page
 * says is on its way (backgroundGate.ts).
 *
 * A large library is searched on two threads (libraryPart.ts): this worker starts a shard worker
 * for the second part of it and coordinates each query over both (shardedLibrary.ts).
 */
import type { SearchManifest } from '../../core/library/libraryFiles';
import { DataFileError, fetchSearchManifest } from '../data/dataFiles';
import { messageOf } from '../feedback/errorMessage';
import { BackgroundGate } from './backgroundGate';
import { FirstKeyResults } from './firstKeyResults';
import { IndexUpkeep, typingPause } from './indexUpkeep';
import { LibraryIndex } from './libraryIndex';
import { libraryParts, wholeLibrary, type LibraryPart } from './libraryPart';
import { RemoteShard } from './remoteShard';
import type { FacetedSearchResult, SearchChannel, SearchRequest } from './searcher';
import { ShardedLibrary } from './shardedLibrary';
import type { FromWorker, ToWorker } from './workerProtocol';

type SearchMessage = Extract<ToWorker, { type: 'search' }>;

let library: LibraryIndex | ShardedLibrary | null = null;
/** This worker's part of the library (all of it unless a shard worker holds the rest). */
let localIndex: LibraryIndex | null = null;
/** The shard worker of a large library's second part, from its start (it loads meanwhile). */
let remoteShard: RemoteShard | null = null;
let upkeep: IndexUpkeep | null = null;
const pending = new Map<SearchChannel, SearchMessage>();
let isDrainScheduled = false;
/** Whether a query is being answered: over two parts it waits for the other thread between its phases. */
let isSearching = false;
/** Queries and changes to the library, one after another: a change never comes between a query's phases. */
let work: Promise<void> = Promise.resolve();
/** How often, at most, the page hears that more documents are searched while segments load. */
const coverageInterval = 1000;
let coverageReportedAt = Number.NEGATIVE_INFINITY;
/** When background work may run: keystrokes come first. */
const gate = new BackgroundGate(() => pending.size > 0 || isSearching);
/** The parts still loading (this worker's, and a shard worker's): the page hears 'loaded' when none is. */
let partsLoading = 0;
/** The results of the broadest one-character queries, made once the library is in (firstKeyResults.ts). */
const firstKeys = new FirstKeyResults();

function reply(message: FromWorker): void {
  postMessage(message);
}

function failed(error: unknown): void {
  reply({ type: 'failed', message: error instanceof DataFileError ? error.message : messageOf(error) });
}

function serially(run: () => Promise<void> | void): void {
  work = work.then(run).catch(failed);
}

/** Says how many documents searches go through, at most once a second while they load, and once all are. */
function reportCoverage(): void {
  if (library === null) return;
  const { coverage } = library;
  if (coverage.searched < coverage.total && performance.now() - coverageReportedAt < coverageInterval) return;
  coverageReportedAt = performance.now();
  reply({ type: 'coverage', coverage });
}

function partLoaded(): void {
  partsLoading -= 1;
  if (partsLoading > 0) return;
  // Loaded once the first keys' results are made too, as the warm-ups and facets come before it.
  void makeFirstKeys().then(() => {
    reportCoverage();
    reply({ type: 'loaded' });
  });
}

/**
 * Makes the results of the library's broadest one-character queries, one per pause in typing, for
 * a library searched on two threads. A smaller one's are quick enough made when typed: at 1,000
 * reports the first `S` took the worker 28–52 ms, and with the results made ahead the typing's p95
 * was worse, not better (Chromium, seven alternated pairs of fresh loads: median 44.4 ms against
 * 40.5, and 2 loads of 7 above 50 against none). A library that fails to search meanwhile says so
 * on the delegate's next query: these are left.
 */
async function makeFirstKeys(): Promise<void> {
  const loaded = library;
  if (!(loaded instanceof ShardedLibrary)) return;
  await gate.whenQuiet(typingPause);
  const characters = localIndex?.broadestFirstCharacters() ?? [];
  await firstKeys.fill(characters, (query, request) => searchInPause(loaded, query, request)).catch(() => undefined);
  // Their broad probes' lists stay in both parts otherwise: 44 MB outside the heap at 10,000 reports.
  await new Promise<void>((done) => serially(() => loaded.forgetQueries().catch(() => undefined).finally(done)));
}

/** A search run as background work is: after a pause in typing, and not while a query waits (null: asked again later). */
async function searchInPause(loaded: ShardedLibrary, query: string, request: SearchRequest): Promise<FacetedSearchResult | null> {
  await gate.whenQuiet(typingPause);
  return new Promise((resolve, reject) => {
    serially(async () => {
      if (pending.size > 0) {
        resolve(null);
        return;
      }
      isSearching = true;
      try {
        resolve(await loaded.search(query, request));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(messageOf(error)));
      } finally {
        isSearching = false;
        upkeep?.scheduleBackground();
      }
    });
  });
}

/** A shard worker for the second part of a large library, or null where a worker cannot start one (the library is then one part). */
function startRemote(baseUrl: string, manifest: SearchManifest, part: LibraryPart): RemoteShard | null {
  let worker: Worker;
  try {
    // Vite bundles the worker as its own chunk from this exact `new Worker(new URL(…))` form.
    worker = new Worker(new URL('./shardWorker.ts', import.meta.url), { type: 'module', name: 'search part' });
  } catch {
    return null;
  }
  const opening = { type: 'open', baseUrl, manifest, part } as const;
  return new RemoteShard(worker, opening, { onState: reportCoverage, onLoaded: partLoaded, onFailed: (message) => failed(new Error(message)) });
}

async function load(baseUrl: string): Promise<void> {
  let local: LibraryIndex;
  try {
    const manifest = await fetchSearchManifest(baseUrl);
    const parts = libraryParts(manifest);
    const remote = parts[1] === undefined ? null : startRemote(baseUrl, manifest, parts[1]);
    remoteShard = remote;
    if (gate.isSearchExpected) remote?.expectSearch();
    // Counted before the shard worker can say it is loaded.
    partsLoading = remote === null ? 1 : 2;
    // Loading the rest waits while the delegate types (keystrokes come first; libraryIndex.ts says why).
    local = await LibraryIndex.openPart(baseUrl, manifest, remote === null ? wholeLibrary(manifest) : parts[0]!, () => gate.whenQuiet(typingPause));
    localIndex = local;
    library = remote === null ? local : new ShardedLibrary(local, remote, manifest);
  } catch (error) {
    failed(error);
    return;
  }
  reply({ type: 'ready', coverage: library.coverage });
  coverageReportedAt = performance.now();
  // Counted as an answer: the page sends the queries it held on hearing it, and they come before
  // background work (the warm-up's steps), however busy its main thread is at start-up.
  gate.answered();
  // The other part loads once this one answers and the first queries are: started with it, its
  // first segment took a core from the page's start-up (first results at 10,000 reports up to
  // 1,050 ms, 854 before). Queries meanwhile search this part, and say so (coverage).
  if (remoteShard !== null) {
    const remote = remoteShard;
    void gate.whenQuiet(typingPause).then(() => remote.open());
  }
  upkeep = new IndexUpkeep(local, gate, () => pending.size > 0 || isSearching);
  try {
    await upkeep.loadRest(reportCoverage);
    partLoaded();
  } catch (error) {
    failed(error);
  }
}

/** Faceted requests waiting for the facets to load, the latest per channel. */
const waitingForFacets = new Map<SearchChannel, SearchMessage>();

/**
 * Runs a faceted request once the facets can be computed (every segment and the facets file in).
 * Only the latest request of a channel waits; an older one is answered as superseded, at once or
 * when a newer one reaches the queue first.
 */
function afterFacets(loaded: LibraryIndex | ShardedLibrary, request: SearchMessage): void {
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
      serially(async () => reply({ type: 'result', id: request.id, result: await loaded.search(request.query, withoutFacets) }));
    },
  );
}

function scheduleDrain(): void {
  if (isDrainScheduled) return;
  isDrainScheduled = true;
  // A macrotask: every message that arrived while the last query ran is read before this.
  setTimeout(() => {
    isDrainScheduled = false;
    serially(drain);
  }, 0);
}

/**
 * A query's result. A library in two parts fails when the other part's worker does (its index
 * unreadable, or the worker gone): the query is answered with nothing and the library said to
 * have failed (serially), as a segment that cannot be read is.
 */
async function searchOrNothing(loaded: LibraryIndex | ShardedLibrary, request: SearchMessage): Promise<FacetedSearchResult | null> {
  try {
    return await loaded.search(request.query, request.options);
  } catch (error) {
    reply({ type: 'result', id: request.id, result: null });
    throw error;
  }
}

/** Runs the latest query of each channel. */
async function drain(): Promise<void> {
  const requests = [...pending.values()];
  pending.clear();
  isSearching = true;
  try {
    for (const request of requests) {
      const loaded = library;
      const made = firstKeys.get(request.query, request.options);
      if (made !== undefined) reply({ type: 'result', id: request.id, result: made });
      else if (loaded !== null && request.options.facets !== undefined && !loaded.hasFacets) afterFacets(loaded, request);
      else reply({ type: 'result', id: request.id, result: loaded === null ? null : await searchOrNothing(loaded, request) });
    }
  } finally {
    isSearching = false;
    gate.answered();
    upkeep?.scheduleBackground();
  }
}

function change(id: number, apply: (loaded: LibraryIndex | ShardedLibrary) => Promise<void> | void): void {
  serially(async () => {
    try {
      if (library === null) throw new Error('the search index is not loaded');
      // The results made ahead are the library's before the change; made again once it is in.
      firstKeys.clear();
      await apply(library);
      if (partsLoading === 0) void makeFirstKeys();
      reply({ type: 'changed', id });
    } catch (error) {
      reply({ type: 'changed', id, error: messageOf(error) });
    }
    upkeep?.scheduleBackground();
  });
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'load':
      void load(message.baseUrl);
      return;
    case 'unitsWithFacets': {
      const loaded = library;
      if (loaded === null) reply({ type: 'unitsWithFacets', id: message.id, unitIds: [] });
      else {
        loaded
          .loadFacets()
          .then(() => loaded.unitsWithFacets(message.selection, message.unitIds))
          .then(
            (unitIds) => reply({ type: 'unitsWithFacets', id: message.id, unitIds }),
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
      remoteShard?.expectSearch();
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
