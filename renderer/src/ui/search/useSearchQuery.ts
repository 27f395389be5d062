/**
 * The query in the search box and in the URL, kept in step both ways: typing writes the URL
 * (the first keystroke adds a history entry, later ones rewrite it once typing pauses), and Back,
 * forward or a deep link bring their query into the box.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Route } from '../routing/route';
import { currentRoute, navigate } from '../routing/useRoute';

export interface SearchQuery {
  /** What the input shows. */
  readonly query: string;
  readonly setQuery: (query: string) => void;
}

export function useSearchQuery(route: Route): SearchQuery {
  const [query, setQueryState] = useState(() => routeQuery(route) ?? '');
  // Route changes render in a transition, so the route seen here can be older than keystrokes
  // already typed: compare the live URL with what typing last wrote to it, or a late render
  // would undo them.
  const lastWritten = useRef(routeQuery(currentRoute()));
  const urlQuery = routeQuery(route);
  useEffect(() => {
    const live = routeQuery(currentRoute());
    if (live !== undefined && live !== lastWritten.current) {
      lastWritten.current = live;
      setQueryState(live);
    }
  }, [urlQuery]);

  const setQuery = useCallback((next: string) => {
    setQueryState(next);
    lastWritten.current = next;
    // A new query keeps the facets chosen: they narrow whatever is searched next.
    const live = currentRoute();
    const facets = live.name === 'search' ? live.facets : undefined;
    navigate({ name: 'search', query: next, ...(facets === undefined ? {} : { facets }) }, live.name === 'search' ? { replace: true, settle: true } : {});
  }, []);
  return { query, setQuery };
}

/** The query a route carries, if any. */
function routeQuery(route: Route): string | undefined {
  if (route.name === 'search') return route.query;
  if (route.name === 'report') return route.query;
  return undefined;
}
