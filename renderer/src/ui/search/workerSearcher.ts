/** The Searcher backed by the search worker (searchWorker.ts). */
import type { FacetedSearchResult, SearchChannel, SearchRequest, Searcher } from './searcher';
import type { FromWorker, ToWorker } from './workerProtocol';
import { messageOf } from '../feedback/errorMessage';

/** The worker could not run at all (not the data's fault): the caller may search in the page. */
export class WorkerUnavailableError extends Error {
  override readonly name = 'WorkerUnavailableError';
}

/** Starts the worker and resolves once it has loaded the corpus and index. */
export function startWorkerSearcher(baseUrl: string): Promise<Searcher> {
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
    const waiting = new Map<number, (result: FacetedSearchResult | null) => void>();
    const waitingUnits = new Map<number, (unitIds: readonly string[]) => void>();

    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (!isReady) reject(new WorkerUnavailableError(event.message || 'the search worker failed to start'));
      // After start-up a crashed worker answers nothing more: resolve what waits, as superseded.
      for (const settle of waiting.values()) settle(null);
      waiting.clear();
      for (const settle of waitingUnits.values()) settle([]);
      waitingUnits.clear();
    });
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'failed') {
        worker.terminate();
        reject(new Error(message.message));
      } else if (message.type === 'ready') {
        isReady = true;
        resolve({
          runsIn: 'worker',
          search(channel: SearchChannel, query: string, options: SearchRequest) {
            const id = nextId++;
            const request: ToWorker = { type: 'search', id, channel, query, options };
            worker.postMessage(request);
            return new Promise<FacetedSearchResult | null>((settle) => waiting.set(id, settle));
          },
          unitsWithFacets(selection, unitIds) {
            const id = nextId++;
            worker.postMessage({ type: 'unitsWithFacets', id, selection, unitIds } satisfies ToWorker);
            return new Promise<readonly string[]>((settle) => waitingUnits.set(id, settle));
          },
        });
      } else if (message.type === 'unitsWithFacets') {
        const settle = waitingUnits.get(message.id);
        waitingUnits.delete(message.id);
        settle?.(message.unitIds);
      } else {
        const settle = waiting.get(message.id);
        waiting.delete(message.id);
        settle?.(message.result);
      }
    });
    worker.postMessage({ type: 'load', baseUrl } satisfies ToWorker);
  });
}
