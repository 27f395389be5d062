/**
 * The loading state of the knowledge base, outside React so loading starts before the first
 * render and survives re-renders; components read it with useKnowledgeBase().
 */
import { loadKnowledgeBase, type KnowledgeBase, type LoadStage } from './loadKnowledgeBase';

export type KnowledgeBaseState =
  | { readonly status: 'loading'; readonly stage: LoadStage }
  | { readonly status: 'ready'; readonly knowledgeBase: KnowledgeBase }
  | { readonly status: 'failed'; readonly message: string };

export interface KnowledgeBaseStore {
  getState(): KnowledgeBaseState;
  subscribe(listener: () => void): () => void;
  /** Loads again after a failure; a no-op while loading or once loaded. */
  retry(): void;
}

/** Starts loading from `baseUrl` at once and returns the store that tracks it. */
export function createKnowledgeBaseStore(baseUrl: string): KnowledgeBaseStore {
  const listeners = new Set<() => void>();
  let state: KnowledgeBaseState = { status: 'loading', stage: 'corpus' };
  const set = (next: KnowledgeBaseState): void => {
    state = next;
    for (const listener of listeners) listener();
  };
  const start = (): void => {
    set({ status: 'loading', stage: 'corpus' });
    loadKnowledgeBase(baseUrl, (stage) => set({ status: 'loading', stage })).then(
      (knowledgeBase) => set({ status: 'ready', knowledgeBase }),
      (error: unknown) => set({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
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
  };
}
