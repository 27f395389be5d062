/** The entity data of the loaded corpus, for components that render only once it has loaded. */
import { useKnowledgeBase } from '../data/KnowledgeBaseContext';
import { corpusEntityData, type CorpusEntityData } from './corpusEntities';

/** The corpus's entity data, or null while the corpus is loading or failed. */
export function useCorpusEntities(): CorpusEntityData | null {
  const state = useKnowledgeBase();
  return state.status === 'ready' ? corpusEntityData(state.knowledgeBase.reports) : null;
}
