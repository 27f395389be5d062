/** The entity data of the loaded corpus, for components that render only once it has loaded. */
import { useCorpus } from '../data/KnowledgeBaseContext';
import { corpusEntityData, type CorpusEntityData } from './corpusEntities';

/**
 * The corpus's entity data, or null until the corpus is in the page: asking starts loading it
 * (the reader's chips and related paragraphs appear once it is in, the text does not wait).
 */
export function useCorpusEntities(): CorpusEntityData | null {
  const corpus = useCorpus();
  return corpus.status === 'ready' ? corpusEntityData(corpus.value.reports) : null;
}
