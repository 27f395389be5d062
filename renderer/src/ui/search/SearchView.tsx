/** The search page: the count, the facets, the grouped results, or what to do when there are none. */
import { useTranslation } from 'react-i18next';
import type { KnowledgeBase } from '../data/knowledgeBase';
import { NoResults } from './NoResults';
import { SearchExamples } from './SearchExamples';
import { ClearFacetsButton, SearchFacets } from './SearchFacets';
import { SearchResultList } from './SearchResultList';
import type { SearchController } from './useSearchController';

/** One empty object, so that the memoised result list keeps its memo while there are no results. */
const noHeadings: Readonly<Record<string, string>> = {};

interface SearchViewProps {
  readonly controller: SearchController;
  /** Null while the corpus and index load. */
  readonly knowledgeBase: KnowledgeBase | null;
  /** Runs an example query (and brings focus back to the search box). */
  readonly onPickQuery: (query: string) => void;
}

export function SearchView({ controller, knowledgeBase, onPickQuery }: SearchViewProps) {
  const { t } = useTranslation();
  const { result, resultQuery, resultSelectionKey, grouped, noteHits } = controller;
  const isEmptyQuery = resultQuery.trim() === '';
  const isNarrowed = resultSelectionKey !== '';
  const query = resultQuery.trim();

  let status: string;
  if (knowledgeBase === null) status = t('search.indexLoading');
  else if (isEmptyQuery || result === null) status = t('search.prompt');
  else if (result.total === 0) status = isNarrowed ? t('facets.narrowedEmpty', { query }) : t('search.emptyTitle', { query });
  else {
    // A paragraph found in several language versions is one result (groupHits): count results as
    // shown. Only when every hit is in can they be counted so; else the engine's total stands.
    const isComplete = result.total === result.hits.length;
    const count = isComplete ? grouped.ordered.length : result.total;
    status = isNarrowed ? t('facets.narrowedTotal', { count, query }) : t('search.total', { count, query });
    if (!isComplete) status += ` ${t('search.showingFirst', { shown: grouped.ordered.length })}`;
  }
  // While the index loads, results come from the documents already in, and the status says how many.
  const { coverage } = result ?? {};
  if (knowledgeBase !== null && !isEmptyQuery && coverage !== undefined) {
    status += ` ${t('search.partialCoverage', { searched: coverage.searched, count: coverage.total })}`;
  }
  // Facets stay while filters hide every result, so that another value can be chosen.
  const facets =
    knowledgeBase === null || isEmptyQuery || result === null || (result.total === 0 && !isNarrowed) ? null : (
      <SearchFacets
        facets={result.facets}
        selection={controller.selection}
        isOpen={controller.areFacetsOpen}
        onToggle={controller.toggleFacets}
        onChoose={controller.setFacet}
        onClear={controller.clearFacets}
      />
    );

  return (
    <section className="search-view" aria-labelledby="search-heading" data-query={resultQuery} data-facets={resultSelectionKey}>
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
        isNarrowed ? (
          <>
            {facets}
            <div className="no-results narrowed-empty">
              <p>{t('facets.narrowedEmptyHint')}</p>
              <ClearFacetsButton onClear={controller.clearFacets} />
            </div>
          </>
        ) : (
          <NoResults onPick={onPickQuery} />
        )
      ) : (
        <>
          {facets}
          <p className="keyboard-help">{t('search.keyboardHelp')}</p>
          <SearchResultList
            grouped={grouped}
            noteHits={noteHits}
            query={resultQuery.trim()}
            sectionHeadings={result?.sectionHeadings ?? noHeadings}
            activePosition={controller.activePosition}
            reportById={knowledgeBase.reportById}
            documentById={knowledgeBase.documentById}
            onOpen={controller.openPosition}
          />
        </>
      )}
    </section>
  );
}
