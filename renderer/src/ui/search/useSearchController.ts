/**
 * The state of search-as-you-type, shared by the search box (in the header) and the results
 * (in the main area): the query, the ranked and grouped hits, and the active result.
 *
 * The input updates at once. Each query goes to the Searcher (a worker), and its results are
 * rendered in a transition, so neither searching nor rendering a result list ever delays a
 * keystroke; the previous results stay on screen until the new ones are in.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Note } from '../../core/notes/types';
import {
  isEmptySelection,
  selectionFromParams,
  selectionParams,
  type FacetKind,
  type FacetSelection,
} from '../entities/searchFacets';
import { unitNumberOf } from '../notes/noteText';
import type { Route } from '../routing/route';
import { currentRoute, navigate } from '../routing/useRoute';
import { groupHits, type GroupedHits } from './groupHits';
import type { FacetedSearchResult, Searcher } from './searcher';
import { useNoteHits } from './useNoteHits';

/** Hits shown at most: beyond that the list says how many more there are. */
export const resultLimit = 100;

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

const noSelection: FacetSelection = {};
const noNotes: readonly Note[] = [];

const noHits: GroupedHits = { reports: [], ordered: [] };

interface Shown {
  readonly query: string;
  readonly selectionKey: string;
  readonly result: FacetedSearchResult | null;
}

export function useSearchController(route: Route, searcher: Searcher | null): SearchController {
  const [query, setQueryState] = useState(() => routeQuery(route) ?? '');
  const [shown, setShown] = useState<Shown>({ query: '', selectionKey: '', result: null });
  // The active position belongs to one result list: a new list starts with none active.
  const [active, setActive] = useState<{
    readonly list: GroupedHits | null;
    readonly notes: readonly Note[] | null;
    readonly position: number;
  }>({ list: null, notes: null, position: -1 });

  // Back, forward and deep links bring a query in the URL: show it in the box. Route changes
  // render in a transition, so the route seen here can be older than keystrokes already typed:
  // compare the live URL with what typing last wrote to it, or a late render would undo them.
  const lastWritten = useRef(routeQuery(currentRoute()));
  const urlQuery = routeQuery(route);
  useEffect(() => {
    const live = routeQuery(currentRoute());
    if (live !== undefined && live !== lastWritten.current) {
      lastWritten.current = live;
      setQueryState(live);
    }
  }, [urlQuery]);

  // One object per distinct selection, so that effects and memos see a change only on a real one.
  const selectionKey = route.name === 'search' ? selectionParams(route.facets ?? noSelection).join('&') : '';
  const selection = useMemo(
    () => (selectionKey === '' ? noSelection : selectionFromParams(new URLSearchParams(selectionKey))),
    [selectionKey],
  );

  // Facets cost the corpus's entities where the engine runs (seconds on a large corpus), so they
  // are asked for only once opened or chosen; a chosen value arriving (a link, Back) opens them.
  const [areFacetsOpen, setFacetsOpen] = useState(false);
  useEffect(() => {
    if (selectionKey !== '') setFacetsOpen(true);
  }, [selectionKey]);
  const areFacetsWanted = areFacetsOpen || selectionKey !== '';
  const toggleFacets = useCallback(() => setFacetsOpen((isOpen) => !isOpen), []);

  const isBlank = query.trim() === '';
  useEffect(() => {
    if (searcher === null || isBlank) return;
    let isCurrent = true;
    void searcher.search('box', query, { limit: resultLimit, ...(areFacetsWanted ? { facets: selection } : {}) }).then((found) => {
      if (found !== null && isCurrent) startTransition(() => setShown({ query, selectionKey, result: found }));
    });
    return () => {
      isCurrent = false;
    };
  }, [searcher, query, isBlank, selection, selectionKey, areFacetsWanted]);
  // A blank query shows no results at once; it needs no search.
  const resultQuery = isBlank ? query : shown.query;
  const result = isBlank ? null : shown.result;
  const resultSelectionKey = isBlank ? selectionKey : shown.selectionKey;
  const grouped = useMemo(() => (result === null ? noHits : groupHits(result.hits)), [result]);
  const isSearchRoute = route.name === 'search';
  const noteHits = useNarrowedNotes(useNoteHits(resultQuery, isSearchRoute && !isBlank), selection, searcher);
  const activePosition = active.list === grouped && active.notes === noteHits ? active.position : -1;

  const setQuery = useCallback((next: string) => {
    setQueryState(next);
    lastWritten.current = next;
    // The first keystroke adds a history entry (Back returns to the reader); later ones rewrite it.
    // A new query keeps the facets chosen: they narrow whatever is searched next.
    const live = currentRoute();
    const facets = live.name === 'search' ? live.facets : undefined;
    navigate({ name: 'search', query: next, ...(facets === undefined ? {} : { facets }) }, { replace: live.name === 'search' });
  }, []);

  const setFacet = useCallback((kind: FacetKind, value: string | undefined) => {
    const live = currentRoute();
    if (live.name !== 'search') return;
    navigate({ name: 'search', query: live.query, facets: { ...live.facets, [kind]: value } });
  }, []);
  const clearFacets = useCallback(() => {
    const live = currentRoute();
    if (live.name === 'search') navigate({ name: 'search', query: live.query });
  }, []);

  const count = noteHits.length + grouped.ordered.length;
  const moveActive = useCallback(
    (delta: number) => {
      if (!isSearchRoute) {
        navigate({ name: 'search', query });
        return;
      }
      if (count === 0) return;
      setActive({ list: grouped, notes: noteHits, position: Math.max(-1, Math.min(count - 1, activePosition + delta)) });
    },
    [activePosition, count, grouped, isSearchRoute, noteHits, query],
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
    areFacetsOpen,
    grouped,
    noteHits,
    activePosition,
    isShowingResults: isSearchRoute,
    setQuery,
    moveActive,
    openResult,
    openPosition,
    setFacet,
    clearFacets,
    toggleFacets,
  };
}

/**
 * The note hits whose paragraph passes the facets: the facets narrow what is about an
 * organisation, a country, a year or a section, and a note is about its paragraph. The searcher
 * answers, as it holds the entities; none are shown until it has.
 */
function useNarrowedNotes(notes: readonly Note[], selection: FacetSelection, searcher: Searcher | null): readonly Note[] {
  const [answer, setAnswer] = useState<{
    readonly notes: readonly Note[];
    readonly selection: FacetSelection;
    readonly passing: ReadonlySet<string>;
  } | null>(null);
  const isNarrowing = !isEmptySelection(selection) && notes.length > 0;
  useEffect(() => {
    if (searcher === null || !isNarrowing) return;
    let isCurrent = true;
    void searcher.unitsWithFacets(selection, notes.map((note) => note.target.unitId)).then((unitIds) => {
      if (isCurrent) setAnswer({ notes, selection, passing: new Set(unitIds) });
    });
    return () => {
      isCurrent = false;
    };
  }, [searcher, notes, selection, isNarrowing]);
  // The same hits keep the same array (see useNoteHits): the active result survives a late answer.
  return useMemo(() => {
    if (!isNarrowing) return notes;
    if (answer === null || answer.notes !== notes || answer.selection !== selection) return noNotes;
    const kept = notes.filter((note) => answer.passing.has(note.target.unitId));
    return kept.length === notes.length ? notes : kept.length === 0 ? noNotes : kept;
  }, [notes, selection, answer, isNarrowing]);
}

/** The query a route carries, if any. */
function routeQuery(route: Route): string | undefined {
  if (route.name === 'search') return route.query;
  if (route.name === 'report') return route.query;
  return undefined;
}
