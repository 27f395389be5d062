/** The search page: the count, the grouped results, or what to do when there are none. */
import { useTranslation } from 'react-i18next';
import type { KnowledgeBase } from '../data/loadKnowledgeBase';
import { NoResults } from './NoResults';
import { SearchExamples } from './SearchExamples';
import { SearchResultList } from './SearchResultList';
import type { SearchController } from './useSearchController';

interface SearchViewProps {
  readonly controller: SearchController;
  /** Null while the corpus and index load. */
  readonly knowledgeBase: KnowledgeBase | null;
  /** Runs an example query (and brings focus back to the search box). */
  readonly onPickQuery: (query: string) => void;
}

export function SearchView({ controller, knowledgeBase, onPickQuery }: SearchViewProps) {
  const { t } = useTranslation();
  const { result, resultQuery, grouped, noteHits } = controller;
  const isEmptyQuery = resultQuery.trim() === '';

  let status: string;
  if (knowledgeBase === null) status = t('search.indexLoading');
  else if (isEmptyQuery || result === null) status = t('search.prompt');
  else if (result.total === 0) status = t('search.emptyTitle', { query: resultQuery.trim() });
  else {
    status = t('search.total', { count: result.total, query: resultQuery.trim() });
    if (result.total > result.hits.length) status += ` ${t('search.showingFirst', { shown: result.hits.length })}`;
  }

  return (
    <section className="search-view" aria-labelledby="search-heading" data-query={resultQuery}>
      <h1 id="search-heading" className="visually-hidden">
        {t('search.heading')}
      </h1>
      {/* A polite live region: screen readers hear the count once typing pauses, not each hit. */}
      <p role="status" className="search-status">
        {status}
      </p>
      {knowledgeBase === null ? null : isEmptyQuery ? (
        <>
          <p className="keyboard-help">{t('search.keyboardHelp')}</p>
          <SearchExamples onPick={onPickQuery} />
        </>
      ) : result !== null && result.total === 0 && noteHits.length === 0 ? (
        <NoResults onPick={onPickQuery} />
      ) : (
        <>
          <p className="keyboard-help">{t('search.keyboardHelp')}</p>
          <SearchResultList
            grouped={grouped}
            noteHits={noteHits}
            query={resultQuery.trim()}
            activePosition={controller.activePosition}
            reportById={knowledgeBase.reportById}
            onOpen={controller.openPosition}
          />
        </>
      )}
    </section>
  );
}
