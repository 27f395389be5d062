/** Gives components the knowledge base store created at start-up. */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Report } from '../../core/report/types';
import { messageOf } from '../feedback/errorMessage';
import { useSnapshotInTransition } from '../shell/useSnapshotInTransition';
import type { LoadedCorpus } from './knowledgeBase';
import { MissingReportError, type KnowledgeBaseActions, type KnowledgeBaseState, type KnowledgeBaseStore } from './knowledgeBaseStore';

const StoreContext = createContext<KnowledgeBaseStore | null>(null);

export function KnowledgeBaseProvider({ store, children }: { store: KnowledgeBaseStore; children: ReactNode }) {
  return <StoreContext value={store}>{children}</StoreContext>;
}

function useStore(): KnowledgeBaseStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useKnowledgeBase needs a KnowledgeBaseProvider above it');
  return store;
}

/**
 * The store itself, for work outside rendering that reads the library at the moment it needs it
 * (the import session: the documents shown when a file has been read, a report's units).
 */
export function useKnowledgeBaseStore(): KnowledgeBaseStore {
  return useStore();
}

/**
 * The knowledge base's loading state; re-renders, in a transition, when it changes: the library
 * arriving rendered its first cards in one task of 80–100 ms CPU (200 ms wall) at start-up when
 * it was read through useSyncExternalStore (`npm run bench -- ui --profile`).
 */
export function useKnowledgeBase(): KnowledgeBaseState {
  const store = useStore();
  return useSnapshotInTransition(store.subscribe, store.getState);
}

/** Starts loading again after a failure. */
export function useRetryLoading(): () => void {
  return useStore().retry;
}

/**
 * Adds and removes documents: the import flow calls addDocuments after the database has saved
 * them, removal calls removeDocuments (and addDocuments again to undo). The same object each render.
 */
export function useKnowledgeBaseActions(): KnowledgeBaseActions {
  return useStore();
}

export type Loading<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'missing' }
  | { readonly status: 'failed'; readonly message: string };

/** A failed load, remembered with what it was for so that a change of `key` starts afresh. */
interface Failure {
  readonly key: string;
  readonly loading: Loading<never>;
}

/** A report with its units: fetched when first asked for (the reader), at once when already in. */
export function useReport(reportId: string): Loading<Report> {
  const store = useStore();
  const state = useKnowledgeBase();
  const report = state.status === 'ready' ? state.knowledgeBase.reportById.get(reportId) : undefined;
  const isListed = state.status === 'ready' && state.knowledgeBase.documentById.has(reportId);
  const [failure, setFailure] = useState<Failure | null>(null);
  useEffect(() => {
    if (report !== undefined || !isListed) return;
    store.loadReport(reportId).catch((error: unknown) => {
      setFailure({ key: reportId, loading: error instanceof MissingReportError ? { status: 'missing' } : { status: 'failed', message: messageOf(error) } });
    });
  }, [store, reportId, report, isListed]);
  if (report !== undefined) return { status: 'ready', value: report };
  if (state.status === 'ready' && !isListed) return { status: 'missing' };
  if (failure?.key === reportId) return failure.loading;
  return { status: 'loading' };
}

/** The whole library with its entities (corpus-wide views): fetched when first asked for. */
export function useCorpus(): Loading<LoadedCorpus> {
  const store = useStore();
  const state = useKnowledgeBase();
  const corpus = state.status === 'ready' ? state.knowledgeBase.corpus : null;
  const isReady = state.status === 'ready';
  const [failure, setFailure] = useState<Failure | null>(null);
  useEffect(() => {
    if (corpus !== null || !isReady) return;
    store.loadCorpus().catch((error: unknown) => setFailure({ key: 'corpus', loading: { status: 'failed', message: messageOf(error) } }));
  }, [store, corpus, isReady]);
  if (corpus !== null) return { status: 'ready', value: corpus };
  return failure?.loading ?? { status: 'loading' };
}
