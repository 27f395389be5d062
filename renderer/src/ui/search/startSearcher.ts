/**
 * Search as the knowledge base starts it: a Searcher handed out at once, so the search box takes
 * queries while the index loads; they are sent on when the worker is ready (or the page, when no
 * worker can run). `ready` rejects when the index cannot be loaded.
 */
import { startPageSearcher } from './pageSearcher';
import type { Searcher } from './searcher';
import { startWorkerSearcher, WorkerUnavailableError } from './workerSearcher';

export interface StartedSearcher {
  readonly searcher: Searcher;
  /** Resolves once queries are answered; rejects with a readable error when the index cannot load. */
  readonly ready: Promise<void>;
}

/** Starts the worker (or the page) loading the library's index. */
export function startLibrarySearcher(baseUrl: string): StartedSearcher {
  const started = startWorkerSearcher(baseUrl).catch((error: unknown) => {
    if (error instanceof WorkerUnavailableError) return startPageSearcher(baseUrl);
    throw error;
  });
  let runsIn: Searcher['runsIn'] = 'starting';
  const ready = started.then((searcher) => {
    runsIn = searcher.runsIn;
    performance.mark('kb:index-loaded');
  });
  // The caller handles `ready`'s failure; a query waiting on a failed start is answered with nothing.
  const inner = (): Promise<Searcher | null> => started.catch(() => null);
  const searcher: Searcher = {
    get runsIn() {
      return runsIn;
    },
    async search(channel, query, options) {
      return (await inner())?.search(channel, query, options) ?? null;
    },
    async unitsWithFacets(selection, unitIds) {
      return (await inner())?.unitsWithFacets(selection, unitIds) ?? [];
    },
    async addDocuments(documents) {
      await (await started).addDocuments(documents);
    },
    async removeDocuments(reportIds) {
      await (await started).removeDocuments(reportIds);
    },
  };
  return { searcher, ready };
}
