/**
 * Renders a corpus-wide view (entities, activities, timeline, all notes) once every report and
 * the library's entities are in: they are fetched the first time such a view opens, not at start-up.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadedCorpus } from './knowledgeBase';
import { useCorpus } from './KnowledgeBaseContext';

export function CorpusGate({ children }: { children: (corpus: LoadedCorpus) => ReactNode }) {
  const { t } = useTranslation();
  const corpus = useCorpus();
  switch (corpus.status) {
    case 'ready':
      return children(corpus.value);
    case 'failed':
    case 'missing':
      return (
        <div className="load-failed" role="alert">
          <h1>{t('loading.failed')}</h1>
          <p>{t('loading.failedHint')}</p>
          {corpus.status === 'failed' ? <code>{corpus.message}</code> : null}
        </div>
      );
    case 'loading':
      return (
        <p className="loading" role="status" data-loading="corpus">
          {t('loading.corpus')}
        </p>
      );
  }
}
