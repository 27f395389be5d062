/**
 * The state of search-as-you-type, shared by the search box (in the header) and the results
 * (in the main area): the query (useSearchQuery), the facets (useSearchFacetState), the ranked
 * and grouped hits (useBoxResults) with the delegate's matching notes first, and the active
 * result that the arrow keys move and Enter opens.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Note } from '../../core/notes/types';
import type { FacetKind, FacetSelection } from '../entities/facetSelection';
import { unitNumberOf } from '../notes/noteText';
import type { Route } from '../routing/route';
import { navigate } from '../routing/useRoute';
import { groupHits, type GroupedHits } from './groupHits';
import type { FacetedSearchResult, Searcher } from './searcher';
import { useBoxResults } from './useBoxResults';
import { useNarrowedNotes } from './useNarrowedNotes';
import { useNoteHits } from './useNoteHits';
import { useSearchFacetState } from './useSearchFacetState';
import { useSearchQuery } from './useSearchQuery';
import { useVersionFamilyOf } from '../versions/useVersions';

export interface SearchController {
  /** What the input shows. */
  readonly query: string;
  /** The query the shown results belong to (lags `query` while React catches up). */
  readonly resultQuery: string;
  /** Null while the index is loading or the query is empty; hits and total are narrowed by the facets. */
  readonly result: FacetedSearchResult | null;
  /** The facet values chosen (kept in the route), narrowing the results. */
  readonly selection: FacetSelection;
  /** The selection the shown results belong to, as URL parameters (lags `selection` like resultQuery). */
  readonly resultSelectionKey: string;
  /** Whether the facet controls are shown: opened by the delegate, or by a value chosen in a link. */
  readonly areFacetsOpen: boolean;
  readonly grouped: GroupedHits;
  /**
   * The delegate's notes containing the query ("Your notes"), shown first: they take display
   * positions 0…noteHits.length-1, and corpus hits follow.
   */
  readonly noteHits: readonly Note[];
  /** Position of the active result in display order, or -1 for none. */
  readonly activePosition: number;
  /** Whether results are on screen (the search route), for the combobox's aria-expanded. */
  readonly isShowingResults: boolean;
  setQuery(query: string): void;
  /** Moves the active result by `delta` (arrow keys), showing the results if needed. */
  moveActive(delta: number): void;
  /** Opens a result in the reader; the active one, or the first, without a position. */
  openResult(position?: number): void;
  /** Opens the result at a position; unlike openResult, stable while the results are. */
  openPosition(position: number): void;
  /** Chooses a facet value, or none (undefined); a history entry, so Back undoes it. */
  setFacet(kind: FacetKind, value: string | undefined): void;
  clearFacets(): void;
  toggleFacets(): void;
}

const noHits: GroupedHits = { reports: [], ordered: [] };

/**
 * `searcher` is null until the library is read; `expectSearch` then says a query waits for it
 * (KnowledgeBaseStore.expectSearch).
 */
export function useSearchController(route: Route, searcher: Searcher | null, expectSearch: () => void): SearchController {
  const { query, setQuery: setBoxQuery } = useSearchQuery(route);
  const facets = useSearchFacetState(route);
  const { selection } = facets;
  const { resultQuery, result, resultSelectionKey, searchAhead } = useBoxResults(searcher, query, facets, expectSearch);
  const setQuery = useCallback(
    (next: string) => {
      searchAhead(next);
      setBoxQuery(next);
    },
    [searchAhead, setBoxQuery],
  );
  // A document's language versions group as one document (core/versions).
  const familyOf = useVersionFamilyOf();
  const grouped = useMemo(() => (result === null ? noHits : groupHits(result.hits, familyOf)), [result, familyOf]);
  const isSearchRoute = route.name === 'search';
  const noteHits = useNarrowedNotes(useNoteHits(resultQuery, isSearchRoute), selection, searcher);

  // The active position belongs to one result list: a new list starts with none active. A list
  // is known by what it shows, not by its array: the same results re-derived (library names or
  // notes arriving late) keep the result the delegate has arrowed to.
  const listKey = useMemo(
    () => [...noteHits.map((note) => `n:${note.id}`), ...grouped.ordered.map((hit) => `u:${hit.unit.id}`)].join('\n'),
    [grouped, noteHits],
  );
  const [active, setActive] = useState<{ readonly listKey: string; readonly position: number }>({ listKey: '', position: -1 });
  const activePosition = active.listKey === listKey ? active.position : -1;
  const count = noteHits.length + grouped.ordered.length;
  const moveActive = useCallback(
    (delta: number) => {
      if (!isSearchRoute) {
        navigate({ name: 'search', query });
        return;
      }
      if (count === 0) return;
      setActive({ listKey, position: Math.max(-1, Math.min(count - 1, activePosition + delta)) });
    },
    [activePosition, count, isSearchRoute, listKey, query],
  );

  const openPosition = useCallback(
    (position: number) => {
      const note = noteHits[position];
      if (note !== undefined) {
        navigate({ name: 'report', reportId: note.target.reportId, unit: unitNumberOf(note), note: note.id });
        return;
      }
      const hit = grouped.ordered[position - noteHits.length];
      if (hit === undefined) return;
      navigate({ name: 'report', reportId: hit.unit.reportId, unit: hit.unit.number, query: resultQuery });
    },
    [grouped, noteHits, resultQuery],
  );
  const openResult = useCallback(
    (position?: number) => openPosition(position ?? Math.max(0, activePosition)),
    [activePosition, openPosition],
  );

  return {
    query,
    resultQuery,
    result,
    selection,
    resultSelectionKey,
    areFacetsOpen: facets.areFacetsOpen,
    grouped,
    noteHits,
    activePosition,
    isShowingResults: isSearchRoute,
    setQuery,
    moveActive,
    openResult,
    openPosition,
    setFacet: facets.setFacet,
    clearFacets: facets.clearFacets,
    toggleFacets: facets.toggleFacets,
  };
}
