/**
 * The results of what the search box holds. Each query goes to the Searcher (a worker), and its
 * results are rendered in a transition, so neither searching nor rendering a result list ever
 * delays a keystroke; the previous results stay on screen until the new ones are in. A keystroke
 * sends its query from the input's handler (searchAhead), so the worker searches while React
 * renders the keystroke, instead of after it (from the render's effect: input event → postMessage
 * 2–8 ms at 1,000 reports). Emptying the box drops them: the next query starts from none, never
 * from another query's results (which its first keystroke also rendered, then replaced). A query
 * typed before the library is read (no searcher yet) is announced (expectSearch), so that the
 * worker keeps itself free for it.
 */
import { startTransition, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { FacetSelection } from '../entities/facetSelection';
import { resultLimit } from './resultLimit';
import type { FacetedSearchResult, Searcher } from './searcher';

export interface BoxResults {
  /** The query the shown results belong to (lags the box's query while React catches up). */
  readonly resultQuery: string;
  /** Null while the index is loading or the query is empty. */
  readonly result: FacetedSearchResult | null;
  /** The selection the shown results belong to, as URL parameters. */
  readonly resultSelectionKey: string;
  /** Sends a query the box is about to hold (from the input's handler); its render then takes that search. */
  readonly searchAhead: (query: string) => void;
}

interface Shown {
  readonly query: string;
  readonly selectionKey: string;
  readonly result: FacetedSearchResult | null;
}

interface Facets {
  readonly selection: FacetSelection;
  readonly selectionKey: string;
  readonly areFacetsWanted: boolean;
}

const noCoverage = (): (() => void) => () => undefined;
const nothingShown: Shown = { query: '', selectionKey: '', result: null };

export function useBoxResults(searcher: Searcher | null, query: string, facets: Facets, expectSearch: () => void): BoxResults {
  const { selection, selectionKey, areFacetsWanted } = facets;
  const [shown, setShown] = useState<Shown>(nothingShown);
  const isBlank = query.trim() === '';
  // While the index loads, the query runs again each time more documents are in.
  const searched = useSyncExternalStore(searcher?.subscribeCoverage ?? noCoverage, () => searcher?.coverage().searched ?? 0);
  const options = useCallback(
    () => ({ limit: resultLimit, ...(areFacetsWanted ? { facets: selection } : {}) }),
    [areFacetsWanted, selection],
  );
  // What a search answers for: the query, the facets and how much of the library is in.
  const keyOf = useCallback((text: string) => JSON.stringify([text, selectionKey, areFacetsWanted, searched]), [selectionKey, areFacetsWanted, searched]);
  const ahead = useRef<{ readonly key: string; readonly found: Promise<FacetedSearchResult | null> } | null>(null);
  const searchAhead = useCallback(
    (text: string) => {
      if (searcher === null || text.trim() === '') return;
      ahead.current = { key: keyOf(text), found: searcher.search('box', text, options()) };
    },
    [searcher, keyOf, options],
  );
  useEffect(() => {
    if (isBlank) {
      setShown(nothingShown);
      return;
    }
    if (searcher === null) {
      expectSearch();
      return;
    }
    let isCurrent = true;
    const key = keyOf(query);
    const sent = ahead.current?.key === key ? ahead.current.found : searcher.search('box', query, options());
    ahead.current = null;
    void sent.then((found) => {
      if (found !== null && isCurrent) startTransition(() => setShown({ query, selectionKey, result: found }));
    });
    return () => {
      isCurrent = false;
    };
  }, [searcher, query, isBlank, selectionKey, keyOf, options, expectSearch]);
  // A blank query shows no results at once; it needs no search.
  return isBlank
    ? { resultQuery: query, result: null, resultSelectionKey: selectionKey, searchAhead }
    : { resultQuery: shown.query, result: shown.result, resultSelectionKey: shown.selectionKey, searchAhead };
}
