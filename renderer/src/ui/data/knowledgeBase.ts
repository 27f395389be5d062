/** What the app reads and searches once the library has loaded (knowledgeBaseStore.ts keeps it). */
import type { CorpusEntities } from '../../core/entities/types';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import type { Report } from '../../core/report/types';
import type { Searcher } from '../search/searcher';

/** Every report of the library with the entities of all of them, for corpus-wide views. */
export interface LoadedCorpus {
  readonly reports: readonly Report[];
  readonly reportById: ReadonlyMap<string, Report>;
  readonly entities: CorpusEntities;
}

export interface KnowledgeBase {
  /** Every document of the library, bundled ones first, then imported ones in the order added: what the library page lists. */
  readonly documents: readonly LibraryEntry[];
  readonly documentById: ReadonlyMap<string, LibraryEntry>;
  /** Searches every document; queries sent while its index loads are answered once it is in. */
  readonly searcher: Searcher;
  /** The reports whose units are in the page: imported ones, and bundled ones once opened. */
  readonly reportById: ReadonlyMap<string, Report>;
  /** The whole library with its entities, once a corpus-wide view asked for it (useCorpus); null until then. */
  readonly corpus: LoadedCorpus | null;
}

/** What start-up waits for before the library shows. */
export type LoadStage = 'corpus';
