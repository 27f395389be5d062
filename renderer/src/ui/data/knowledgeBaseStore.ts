/**
 * The knowledge base, outside React so loading starts before the first render and survives
 * re-renders; components read it with useKnowledgeBase() and change it with
 * useKnowledgeBaseActions(). Start-up reads only library.json (and the delegate's imported
 * documents from the database): a report's units come when it is opened (loadReport), every
 * unit and the entities when a corpus-wide view asks (loadCorpus). Search loads its index in the
 * worker meanwhile; the box takes queries at once and answers them when the index is in.
 */
import type { LibraryDocument } from '../../core/library/libraryDocument';
import type { BundledEntry, LibraryFile } from '../../core/library/libraryFiles';
import type { Report } from '../../core/report/types';
import { providePrebuiltEntities } from '../entities/corpusEntities';
import { messageOf } from '../feedback/errorMessage';
import type { Searcher } from '../search/searcher';
import { startLibrarySearcher, type StartedSearcher } from '../search/startSearcher';
import { loadBundledCorpus, type BundledCorpus } from './bundledCorpus';
import { fetchLibrary, fetchReport } from './dataFiles';
import type { KnowledgeBase, LoadedCorpus, LoadStage } from './knowledgeBase';
import { LibraryParts } from './libraryParts';

export type KnowledgeBaseState =
  | { readonly status: 'loading'; readonly stage: LoadStage }
  | { readonly status: 'ready'; readonly knowledgeBase: KnowledgeBase }
  | { readonly status: 'failed'; readonly message: string };

/** Changes to the library, for the import and removal flows (save to the database first, then call these). */
export interface KnowledgeBaseActions {
  /** Adds documents (replacing any with the same report id): the library, reader and entities see them at once, search once this resolves. */
  addDocuments(documents: readonly LibraryDocument[]): Promise<void>;
  /** Removes documents from the library, reader, entities and search. */
  removeDocuments(reportIds: readonly string[]): Promise<void>;
}

export interface KnowledgeBaseStore extends KnowledgeBaseActions {
  getState(): KnowledgeBaseState;
  subscribe(listener: () => void): () => void;
  /** Loads again after a failure; a no-op while loading or once loaded. */
  retry(): void;
  /** A report with its units, fetched the first time; rejects for a report the library lacks. */
  loadReport(reportId: string): Promise<Report>;
  /** Every report and the entities of all of them, fetched the first time. */
  loadCorpus(): Promise<LoadedCorpus>;
  /** Says the search box holds a query that it will search once the library is read (Searcher.expectSearch). */
  expectSearch(): void;
}

export interface KnowledgeBaseSources {
  /** The delegate's imported documents, read from the database at start-up. */
  readonly importedDocuments?: () => Promise<readonly LibraryDocument[]>;
  /** How search starts (the worker, or the page when no worker can run). */
  readonly startSearcher?: (baseUrl: string) => StartedSearcher;
  /** Resolves when library.json, fetched at once, may be read (dataFiles.ts fetchLibrary): after the page's first render. */
  readonly readLibraryAfter?: () => Promise<void>;
}

/** A report the library does not hold (a deep link to a removed or unknown report). */
export class MissingReportError extends Error {
  override readonly name = 'MissingReportError';
}

/** One loaded library: what a start-up attempt built, changed by the actions. */
class Session {
  readonly parts: LibraryParts;
  readonly bundledById: ReadonlyMap<string, BundledEntry>;
  private readonly bundledReports = new Map<string, Promise<Report>>();
  private readonly openedReports = new Map<string, Report>();
  private bundledCorpus: Promise<BundledCorpus> | null = null;
  private loadedBundledCorpus: BundledCorpus | null = null;
  private composedCorpus: LoadedCorpus | null = null;
  private composedDocuments: Pick<KnowledgeBase, 'documents' | 'documentById'> | null = null;
  private composed: KnowledgeBase | null = null;

  constructor(
    readonly baseUrl: string,
    readonly library: LibraryFile,
    readonly searcher: Searcher,
    private readonly onChange: () => void,
  ) {
    this.bundledById = new Map(library.documents.map((entry) => [entry.meta.id, entry]));
    this.parts = new LibraryParts(new Set(this.bundledById.keys()));
  }

  /**
   * Call after any change: the next knowledgeBase() is composed afresh. The document list is kept
   * when only a report was opened: a new list re-renders the library and every view that groups
   * by it, and opening reports is what search results and the reader do all the time.
   */
  changed(isCorpusChanged: boolean): void {
    this.composed = null;
    if (isCorpusChanged) {
      this.composedCorpus = null;
      this.composedDocuments = null;
    }
    this.onChange();
  }

  private documents(): Pick<KnowledgeBase, 'documents' | 'documentById'> {
    if (this.composedDocuments === null) {
      const imported = this.parts.importedParts();
      const documents = [...this.library.documents.filter((entry) => this.parts.isBundledShown(entry.meta.id)), ...imported.map((part) => part.entry)];
      this.composedDocuments = { documents, documentById: new Map(documents.map((entry) => [entry.meta.id, entry])) };
    }
    return this.composedDocuments;
  }

  knowledgeBase(): KnowledgeBase {
    if (this.composed !== null) return this.composed;
    const imported = this.parts.importedParts();
    const reportById = new Map<string, Report>();
    for (const [id, report] of this.openedReports) if (this.parts.isBundledShown(id)) reportById.set(id, report);
    for (const part of imported) reportById.set(part.report.meta.id, part.report);
    this.composed = {
      ...this.documents(),
      searcher: this.searcher,
      reportById,
      corpus: this.corpus(),
    };
    return this.composed;
  }

  private corpus(): LoadedCorpus | null {
    if (this.loadedBundledCorpus === null) return null;
    if (this.composedCorpus === null) {
      const { reports, entities } = this.parts.corpus(this.loadedBundledCorpus);
      // corpusEntityData() is computed once per reports array, from these entities.
      providePrebuiltEntities(reports, entities);
      this.composedCorpus = { reports, reportById: new Map(reports.map((report) => [report.meta.id, report])), entities };
    }
    return this.composedCorpus;
  }

  async loadReport(reportId: string): Promise<Report> {
    const imported = this.parts.importedParts().find((part) => part.report.meta.id === reportId);
    if (imported !== undefined) return imported.report;
    const entry = this.bundledById.get(reportId);
    if (entry === undefined || !this.parts.isBundledShown(reportId)) throw new MissingReportError(reportId);
    let loading = this.bundledReports.get(reportId);
    if (loading === undefined) {
      const fromCorpus = this.loadedBundledCorpus?.reports.find((report) => report.meta.id === reportId);
      loading = fromCorpus === undefined ? fetchReport(this.baseUrl, entry) : Promise.resolve(fromCorpus);
      this.bundledReports.set(reportId, loading);
      // A failed fetch may be tried again by opening the report again.
      loading.catch(() => this.bundledReports.delete(reportId));
    }
    const report = await loading;
    if (!this.openedReports.has(reportId)) {
      this.openedReports.set(reportId, report);
      this.changed(false);
    }
    return report;
  }

  async loadCorpus(): Promise<LoadedCorpus> {
    if (this.bundledCorpus === null) {
      const loading = loadBundledCorpus(this.baseUrl, this.library);
      this.bundledCorpus = loading;
      loading.catch(() => {
        this.bundledCorpus = null;
      });
    }
    const bundled = await this.bundledCorpus;
    if (this.loadedBundledCorpus === null) {
      this.loadedBundledCorpus = bundled;
      for (const report of bundled.reports) this.openedReports.set(report.meta.id, report);
      this.changed(true);
    }
    const corpus = this.corpus();
    if (corpus === null) throw new Error('the corpus was loaded but not composed');
    return corpus;
  }
}

/** Starts loading from `baseUrl` at once and returns the store that tracks it. */
export function createKnowledgeBaseStore(baseUrl: string, sources: KnowledgeBaseSources = {}): KnowledgeBaseStore {
  const listeners = new Set<() => void>();
  let state: KnowledgeBaseState = { status: 'loading', stage: 'corpus' };
  const set = (next: KnowledgeBaseState): void => {
    state = next;
    for (const listener of listeners) listener();
  };
  let attempts = 0;
  let session: Promise<Session> = new Promise(() => undefined);
  /** The search of the current start-up attempt. */
  let searcher: Searcher | null = null;

  const start = (): void => {
    const attempt = ++attempts;
    set({ status: 'loading', stage: 'corpus' });
    const isCurrent = (): boolean => attempt === attempts;
    const fail = (error: unknown): void => {
      if (isCurrent() && state.status !== 'failed') set({ status: 'failed', message: messageOf(error) });
    };
    const searching = (sources.startSearcher ?? startLibrarySearcher)(baseUrl);
    searcher = searching.searcher;
    // The index failing to load (a damaged segment) is the library failing: the page says so and offers to try again.
    searching.ready.catch(fail);
    session = Promise.all([fetchLibrary(baseUrl, sources.readLibraryAfter), sources.importedDocuments?.() ?? Promise.resolve([])]).then(([library, imported]) => {
      const loaded = new Session(baseUrl, library, searching.searcher, () => {
        if (isCurrent() && state.status === 'ready') set({ status: 'ready', knowledgeBase: loaded.knowledgeBase() });
      });
      loaded.parts.add(imported);
      if (imported.length > 0) searching.searcher.addDocuments(imported).catch(fail);
      return loaded;
    });
    session.then(
      (loaded) => {
        performance.mark('kb:library-loaded');
        if (isCurrent() && state.status === 'loading') set({ status: 'ready', knowledgeBase: loaded.knowledgeBase() });
      },
      fail,
    );
  };
  start();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retry() {
      if (state.status === 'failed') start();
    },
    async addDocuments(documents) {
      const loaded = await session;
      loaded.parts.add(documents);
      loaded.changed(true);
      await loaded.searcher.addDocuments(documents);
    },
    async removeDocuments(reportIds) {
      const loaded = await session;
      const removed = loaded.parts.remove(reportIds);
      if (removed.length === 0) return;
      loaded.changed(true);
      await loaded.searcher.removeDocuments(removed);
    },
    async loadReport(reportId) {
      return (await session).loadReport(reportId);
    },
    async loadCorpus() {
      return (await session).loadCorpus();
    },
    expectSearch() {
      searcher?.expectSearch();
    },
  };
}
