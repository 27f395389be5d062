/**
 * Search as the knowledge base starts it: a Searcher handed out at once, so the search box takes
 * queries while the index loads; they are sent on when the worker answers (or the page, when no
 * worker can run). `ready` resolves once the whole index is in and rejects when it cannot be loaded.
 */
import { startPageSearcher } from './pageSearcher';
import type { SearchCoverage, Searcher } from './searcher';
import { startWorkerSearcher, WorkerUnavailableError } from './workerSearcher';

export interface StartedSearcher {
  readonly searcher: Searcher;
  /** Resolves once every document is searched and the entities read; rejects with a readable error when any cannot be loaded. */
  readonly ready: Promise<void>;
}

const nothingYet: SearchCoverage = { searched: 0, total: 0 };

/** Starts the worker (or the page) loading the library's index. */
export function startLibrarySearcher(baseUrl: string): StartedSearcher {
  let loaded: () => void = () => undefined;
  let failedLate: (error: Error) => void = () => undefined;
  const whenLoaded = new Promise<void>((resolve, reject) => {
    loaded = resolve;
    failedLate = reject;
  });
  const started = startWorkerSearcher(baseUrl, { onLoaded: () => loaded(), onLateFailure: (error) => failedLate(error) }).catch((error: unknown) => {
    // The page loads the whole index before it answers.
    if (error instanceof WorkerUnavailableError) {
      return startPageSearcher(baseUrl).then((searcher) => {
        loaded();
        return searcher;
      });
    }
    throw error;
  });
  let runsIn: Searcher['runsIn'] = 'starting';
  let inner: Searcher | null = null;
  const coverageListeners = new Set<() => void>();
  const notifyCoverage = (): void => {
    for (const listener of coverageListeners) listener();
  };
  const answering = started.then((searcher) => {
    runsIn = searcher.runsIn;
    inner = searcher;
    searcher.subscribeCoverage(notifyCoverage);
    notifyCoverage();
    // The benchmark's "queries answered" (the first segment in; kb:index-complete when all and the facets are).
    performance.mark('kb:index-loaded');
    return searcher;
  });
  const ready = answering
    .then(() => whenLoaded)
    .then(() => {
      performance.mark('kb:index-complete');
    });
  // The caller handles `ready`'s failure; a query waiting on a failed start is answered with nothing.
  const answered = (): Promise<Searcher | null> => answering.catch(() => null);
  const searcher: Searcher = {
    get runsIn() {
      return runsIn;
    },
    coverage: () => inner?.coverage() ?? nothingYet,
    subscribeCoverage(listener) {
      coverageListeners.add(listener);
      return () => coverageListeners.delete(listener);
    },
    async search(channel, query, options) {
      return (await answered())?.search(channel, query, options) ?? null;
    },
    async unitsWithFacets(selection, unitIds) {
      return (await answered())?.unitsWithFacets(selection, unitIds) ?? [];
    },
    async addDocuments(documents) {
      await (await answering).addDocuments(documents);
    },
    async removeDocuments(reportIds) {
      await (await answering).removeDocuments(reportIds);
    },
  };
  return { searcher, ready };
}
