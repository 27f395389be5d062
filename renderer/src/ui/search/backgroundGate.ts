/**
 * When the search worker's background work (the rest of the index loading, texts prepared,
 * segments merged) may run: keystrokes come first. Work waits until no query has come or been
 * answered for a while and none waits, and while the page has said a search is on its way
 * (expectSearch: a query typed before the page's library was read, sent once it is), so that the
 * first query does not arrive in the middle of a segment being read: at 10,000 reports it waited
 * 50–100 ms for one. An expected search is waited for `expectedSearchWait` ms at most: a page whose
 * library cannot be read never sends it.
 */
export const expectedSearchWait = 2000;

export class BackgroundGate {
  private lastQueryOrAnswerAt = Number.NEGATIVE_INFINITY;
  private searchExpectedAt = Number.NEGATIVE_INFINITY;
  /** Checks of whenQuiet waiting for an expected search, run again when it comes. */
  private readonly searchWaiters = new Set<() => void>();

  constructor(
    /** Whether a query waits to be run. */
    private readonly isQueryWaiting: () => boolean,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** How long since the last query came or was answered, whichever is later, in ms. */
  get quietFor(): number {
    return this.now() - this.lastQueryOrAnswerAt;
  }

  /** The page says a search is on its way. */
  expectSearch(): void {
    this.searchExpectedAt = this.now();
  }

  /** Whether the page said a search is on its way and it has not come (nor been waited for long enough). */
  get isSearchExpected(): boolean {
    return this.now() - this.searchExpectedAt < expectedSearchWait;
  }

  /** A query came: what waited for it counts its quiet from now on. */
  queryCame(): void {
    this.lastQueryOrAnswerAt = this.now();
    this.searchExpectedAt = Number.NEGATIVE_INFINITY;
    const waiters = [...this.searchWaiters];
    this.searchWaiters.clear();
    for (const check of waiters) check();
  }

  /**
   * Queries were answered. The pause counts from the answer: counted from the query, a search
   * longer than the pause let background work start as the page rendered its results, and the
   * next keystroke's query waited for it.
   */
  answered(): void {
    this.lastQueryOrAnswerAt = this.now();
  }

  /** Resolves once no query has come or been answered for `quiet` ms, none waits and none is expected. */
  whenQuiet(quiet: number): Promise<void> {
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const check = (): void => {
        clearTimeout(timer);
        const expectedFor = this.now() - this.searchExpectedAt;
        if (expectedFor < expectedSearchWait) {
          this.searchWaiters.add(check);
          timer = setTimeout(check, expectedSearchWait - expectedFor);
          return;
        }
        this.searchWaiters.delete(check);
        const quietFor = this.quietFor;
        if (quietFor >= quiet && !this.isQueryWaiting()) resolve();
        else timer = setTimeout(check, Math.max(0, quiet - quietFor));
      };
      check();
    });
  }
}
