/** Gives components the knowledge base store created at start-up. */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { KnowledgeBaseState, KnowledgeBaseStore } from './knowledgeBaseStore';

const StoreContext = createContext<KnowledgeBaseStore | null>(null);

export function KnowledgeBaseProvider({ store, children }: { store: KnowledgeBaseStore; children: ReactNode }) {
  return <StoreContext value={store}>{children}</StoreContext>;
}

function useStore(): KnowledgeBaseStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useKnowledgeBase needs a KnowledgeBaseProvider above it');
  return store;
}

/** The knowledge base's loading state; re-renders when it changes. */
export function useKnowledgeBase(): KnowledgeBaseState {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** Starts loading again after a failure. */
export function useRetryLoading(): () => void {
  return useStore().retry;
}
