/** The Searcher backed by the search worker (searchWorker.ts). */
import type { FacetedSearchResult, SearchChannel, SearchCoverage, SearchRequest, Searcher } from './searcher';
import type { FromWorker, ToWorker } from './workerProtocol';
import { messageOf } from '../feedback/errorMessage';
import { documentBatches, OrderedPoster } from './orderedPoster';

/** The worker could not run at all (not the data's fault): the caller may search in the page. */
export class WorkerUnavailableError extends Error {
  override readonly name = 'WorkerUnavailableError';
}

/** What happens after the worker answers its first queries. */
export interface LoadEvents {
  /** Every segment and the facets are in. */
  readonly onLoaded: () => void;
  /** A later segment or the facets could not be read. */
  readonly onLateFailure: (error: Error) => void;
}

/**
 * Starts the worker and resolves once it answers queries (its first segment is in); the rest of
 * the index follows (the searcher's coverage says how far), then `events` says how it ended.
 */
export function startWorkerSearcher(baseUrl: string, events: LoadEvents): Promise<Searcher> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      // Vite bundles the worker as its own chunk from this exact `new Worker(new URL(…))` form.
      worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'search' });
    } catch (error) {
      reject(new WorkerUnavailableError(messageOf(error)));
      return;
    }
    let nextId = 1;
    let isReady = false;
    let coverage: SearchCoverage = { searched: 0, total: 0 };
    const coverageListeners = new Set<() => void>();
    const waiting = new Map<number, (result: FacetedSearchResult | null) => void>();
    const waitingUnits = new Map<number, (unitIds: readonly string[]) => void>();
    const waitingChanges = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const message = event.message || 'the search worker failed to start';
      if (!isReady) reject(new WorkerUnavailableError(message));
      // After start-up a crashed worker answers nothing more: resolve what waits, as superseded.
      for (const settle of waiting.values()) settle(null);
      waiting.clear();
      for (const settle of waitingUnits.values()) settle([]);
      waitingUnits.clear();
      for (const change of waitingChanges.values()) change.reject(new Error(message));
      waitingChanges.clear();
    });
    const poster = new OrderedPoster<ToWorker>((message) => worker.postMessage(message));
    /** Sends changes (in order, after what was sent before) and resolves once the worker has made every one. */
    const change = (messages: ReadonlyArray<Extract<ToWorker, { type: 'addDocuments' | 'removeDocuments' }>>): Promise<void> => {
      const made = messages.map((message) => new Promise<void>((resolve, reject) => waitingChanges.set(message.id, { resolve, reject })));
      return Promise.all([poster.send(...messages), ...made]).then(() => undefined);
    };
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'failed') {
        worker.terminate();
        if (isReady) events.onLateFailure(new Error(message.message));
        else reject(new Error(message.message));
      } else if (message.type === 'loaded') {
        events.onLoaded();
      } else if (message.type === 'coverage') {
        coverage = message.coverage;
        for (const listener of coverageListeners) listener();
      } else if (message.type === 'ready') {
        isReady = true;
        coverage = message.coverage;
        resolve({
          runsIn: 'worker',
          coverage: () => coverage,
          subscribeCoverage(listener) {
            coverageListeners.add(listener);
            return () => coverageListeners.delete(listener);
          },
          search(channel: SearchChannel, query: string, options: SearchRequest) {
            const id = nextId++;
            // Never rejects: a message of plain data always clones.
            void poster.send({ type: 'search', id, channel, query, options });
            return new Promise<FacetedSearchResult | null>((settle) => waiting.set(id, settle));
          },
          unitsWithFacets(selection, unitIds) {
            const id = nextId++;
            void poster.send({ type: 'unitsWithFacets', id, selection, unitIds });
            return new Promise<readonly string[]>((settle) => waitingUnits.set(id, settle));
          },
          addDocuments(documents) {
            // A library's worth of documents at start-up goes in batches (orderedPoster.ts).
            return change(documentBatches(documents).map((batch) => ({ type: 'addDocuments', id: nextId++, documents: batch })));
          },
          removeDocuments(reportIds) {
            return change([{ type: 'removeDocuments', id: nextId++, reportIds }]);
          },
          expectSearch() {
            void poster.send({ type: 'expectSearch' });
          },
        });
      } else if (message.type === 'unitsWithFacets') {
        const settle = waitingUnits.get(message.id);
        waitingUnits.delete(message.id);
        settle?.(message.unitIds);
      } else if (message.type === 'changed') {
        const settle = waitingChanges.get(message.id);
        waitingChanges.delete(message.id);
        if (message.error === undefined) settle?.resolve();
        else settle?.reject(new Error(message.error));
      } else {
        const settle = waiting.get(message.id);
        waiting.delete(message.id);
        settle?.(message.result);
      }
    });
    worker.postMessage({ type: 'load', baseUrl } satisfies ToWorker);
  });
}
