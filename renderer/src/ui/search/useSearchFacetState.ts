/**
 * The facet values chosen for a search (kept in the route, so Back undoes a choice) and whether
 * the facet controls are open. Facets cost the corpus's entities where the engine runs (seconds
 * on a large corpus), so they are asked for only once opened or chosen; a chosen value arriving
 * (a link, Back) opens them.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { selectionFromParams, selectionParams, type FacetKind, type FacetSelection } from '../entities/facetSelection';
import type { Route } from '../routing/route';
import { currentRoute, navigate } from '../routing/useRoute';

export interface SearchFacetState {
  readonly selection: FacetSelection;
  /** The selection as URL parameters: one string per distinct selection. */
  readonly selectionKey: string;
  readonly areFacetsOpen: boolean;
  /** Whether searches must compute facets (open, or a value chosen). */
  readonly areFacetsWanted: boolean;
  readonly setFacet: (kind: FacetKind, value: string | undefined) => void;
  readonly clearFacets: () => void;
  readonly toggleFacets: () => void;
}

const noSelection: FacetSelection = {};

export function useSearchFacetState(route: Route): SearchFacetState {
  // One object per distinct selection, so that effects and memos see a change only on a real one.
  const selectionKey = route.name === 'search' ? selectionParams(route.facets ?? noSelection).join('&') : '';
  const selection = useMemo(
    () => (selectionKey === '' ? noSelection : selectionFromParams(new URLSearchParams(selectionKey))),
    [selectionKey],
  );
  const [areFacetsOpen, setFacetsOpen] = useState(false);
  useEffect(() => {
    if (selectionKey !== '') setFacetsOpen(true);
  }, [selectionKey]);

  const setFacet = useCallback((kind: FacetKind, value: string | undefined) => {
    const live = currentRoute();
    if (live.name !== 'search') return;
    navigate({ name: 'search', query: live.query, facets: { ...live.facets, [kind]: value } });
  }, []);
  const clearFacets = useCallback(() => {
    const live = currentRoute();
    if (live.name === 'search') navigate({ name: 'search', query: live.query });
  }, []);
  return {
    selection,
    selectionKey,
    areFacetsOpen,
    areFacetsWanted: areFacetsOpen || selectionKey !== '',
    setFacet,
    clearFacets,
    toggleFacets: useCallback(() => setFacetsOpen((isOpen) => !isOpen), []),
  };
}
