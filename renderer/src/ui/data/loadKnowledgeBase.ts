/**
 * Loads what the app reads and searches. The page parses the corpus (the library and the
 * reader need it); the search worker loads the corpus and the index on its own thread at the
 * same time. When no worker can run, search falls back to the page.
 */
import type { CorpusEntities } from '../../core/entities/types';
import type { Report } from '../../core/report/types';
import { providePrebuiltEntities } from '../entities/corpusEntities';
import { startPageSearcher } from '../search/pageSearcher';
import type { Searcher } from '../search/searcher';
import { startWorkerSearcher, WorkerUnavailableError } from '../search/workerSearcher';
import { fetchCorpus, fetchEntities } from './dataFiles';

export interface KnowledgeBase {
  readonly reports: readonly Report[];
  readonly reportById: ReadonlyMap<string, Report>;
  readonly searcher: Searcher;
  /** The corpus's entities, extracted at build time. */
  readonly entities: CorpusEntities;
}

export type LoadStage = 'corpus' | 'index';

/** Loads the corpus and starts search, reporting each stage; rejects with a readable error. */
export async function loadKnowledgeBase(baseUrl: string, onStage: (stage: LoadStage) => void): Promise<KnowledgeBase> {
  onStage('corpus');
  const workerSearcher = startWorkerSearcher(baseUrl);
  // Handled below; without this a worker failure during the corpus fetch would be reported as
  // an unhandled rejection before the await reaches it.
  workerSearcher.catch(() => undefined);
  const corpus = await fetchCorpus(baseUrl);
  const entities = await fetchEntities(baseUrl, corpus.reports);
  providePrebuiltEntities(corpus.reports, entities);
  performance.mark('kb:corpus-loaded');
  onStage('index');
  const searcher = await workerSearcher.catch((error: unknown) => {
    if (error instanceof WorkerUnavailableError) return startPageSearcher(baseUrl, corpus);
    throw error;
  });
  performance.mark('kb:index-loaded');
  return {
    reports: corpus.reports,
    reportById: new Map(corpus.reports.map((report) => [report.meta.id, report])),
    searcher,
    entities,
  };
}
