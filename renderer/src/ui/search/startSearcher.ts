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
  /** Calls waiting for the searcher to be up, not yet sent. */
  let waiting = 0;
  /**
   * Sends a call to the searcher: at once when it is up and no earlier call waits, else once it is
   * up, in the order made (one `then` each on the same promise). Awaiting the searcher every time
   * would send a keystroke's query only after the keystroke's render (input event → postMessage
   * 2–8 ms at 1,000 reports), and a call must never overtake an earlier one: the worker keeps only
   * the latest query of a channel, and a search must see the changes sent before it. If the
   * searcher cannot start, `failed` answers (a query is answered with nothing: the caller handles
   * `ready`'s failure); without it, the start's error is thrown.
   */
  const send = <T>(run: (up: Searcher) => Promise<T>, failed?: () => T): Promise<T> => {
    if (inner !== null && waiting === 0) return run(inner);
    waiting++;
    return answering.then(
      (up) => {
        waiting--;
        return run(up);
      },
      (error: unknown) => {
        waiting--;
        if (failed === undefined) throw error;
        return failed();
      },
    );
  };
  const searcher: Searcher = {
    get runsIn() {
      return runsIn;
    },
    coverage: () => inner?.coverage() ?? nothingYet,
    subscribeCoverage(listener) {
      coverageListeners.add(listener);
      return () => coverageListeners.delete(listener);
    },
    search: (channel, query, options) => send((up) => up.search(channel, query, options), () => null),
    unitsWithFacets: (selection, unitIds) => send((up) => up.unitsWithFacets(selection, unitIds), () => []),
    addDocuments: (documents) => send((up) => up.addDocuments(documents)),
    removeDocuments: (reportIds) => send((up) => up.removeDocuments(reportIds)),
    // Sent in order too: when the worker is up, the search it announces is not far behind.
    expectSearch: () => void send(async (up) => up.expectSearch(), () => undefined),
  };
  return { searcher, ready };
}
