/**
 * The loading state of the knowledge base, outside React so loading starts before the first
 * render and survives re-renders; components read it with useKnowledgeBase().
 */
import { loadKnowledgeBase, type KnowledgeBase, type LoadStage } from './loadKnowledgeBase';
import { messageOf } from '../feedback/errorMessage';

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
  let attempts = 0;
  const start = (): void => {
    const attempt = ++attempts;
    set({ status: 'loading', stage: 'corpus' });
    // A stage reported after the attempt failed (the corpus arriving after the index's 404)
    // must not turn the error back into "loading".
    const onStage = (stage: LoadStage): void => {
      if (attempt === attempts && state.status === 'loading') set({ status: 'loading', stage });
    };
    loadKnowledgeBase(baseUrl, onStage).then(
      (knowledgeBase) => set({ status: 'ready', knowledgeBase }),
      (error: unknown) => set({ status: 'failed', message: messageOf(error) }),
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
