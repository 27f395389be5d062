/**
 * The app's places as hash routes. Hash routing because the app is served from a custom
 * scheme (`app://kb/index.html`) and from a static server alike: the part after `#` never
 * reaches either, so every deep link works without server rewrites.
 *
 *   #/                              the library
 *   #/report/<reportId>             a report, at the position last read
 *   #/report/<reportId>/<unit>      a report scrolled to a unit, e.g. #/report/c17-res130-zh/4.3
 *   …?q=<query>                     on a report: highlight the query's matches
 *   #/search?q=<query>              search results
 *   …&organisation=<id>&country=<id>&year=<YYYY>&section=<n>   search results narrowed by facets
 *   #/entity/<entityId>             an entity and its mentions, e.g. #/entity/organisation:enisa
 *   #/activities                    the activities table
 *   #/timeline                      dated activities by month
 *   …?note=<noteId>                 on a report: open one of the delegate's notes
 *   …?beside=<reportId>             on a report: another language version of it side by side
 *   #/notes                         every note, with filters and backups
 *   #/changes/<oldId>/<newId>       what changed between two revisions of a report
 *   #/changes/<oldId>/<newId>/<n>   …at its n-th change (1 for the first), e.g. #/changes/c17-18-en/c17-18-rev1-en/3
 */
import { normalizeSelection, selectionFromParams, selectionParams, isEmptySelection, type FacetSelection } from '../entities/facetSelection';

export type Route =
  | { readonly name: 'library' }
  | {
      readonly name: 'report';
      readonly reportId: string;
      readonly unit?: string;
      readonly query?: string;
      readonly note?: string;
      /** Another language version read beside this one (core/versions). */
      readonly beside?: string;
    }
  | { readonly name: 'notes' }
  | { readonly name: 'search'; readonly query: string; readonly facets?: FacetSelection }
  | { readonly name: 'entity'; readonly entityId: string }
  | { readonly name: 'activities' }
  | { readonly name: 'timeline' }
  | { readonly name: 'changes'; readonly oldId: string; readonly newId: string; readonly change?: number }
  | { readonly name: 'notFound'; readonly hash: string };

/** Decodes one percent-encoded segment; a malformed one (a stray `%`) is taken literally. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A change's position in the path: undefined when absent, null when not a whole number from 1. */
function changeNumberOf(segment: string | undefined): number | undefined | null {
  if (segment === undefined) return undefined;
  return /^[1-9]\d{0,8}$/u.test(segment) ? Number(segment) : null;
}

/** The route named by a `location.hash` (with or without its leading `#`); never throws. */
export function parseRoute(hash: string): Route {
  const withoutMark = hash.startsWith('#') ? hash.slice(1) : hash;
  const queryAt = withoutMark.indexOf('?');
  const path = queryAt === -1 ? withoutMark : withoutMark.slice(0, queryAt);
  // URLSearchParams decodes `+` as a space, as a form would; formatRoute writes %20, never `+`.
  const params = new URLSearchParams(queryAt === -1 ? '' : withoutMark.slice(queryAt + 1));
  const segments = path.split('/').filter((segment) => segment !== '').map(decodeSegment);
  const query = params.get('q') ?? '';

  if (segments.length === 0) return { name: 'library' };
  const [first, reportId, unit, ...rest] = segments;
  if (first === 'search' && segments.length === 1) {
    const facets = selectionFromParams(params);
    return isEmptySelection(facets) ? { name: 'search', query } : { name: 'search', query, facets };
  }
  if (first === 'entity' && reportId !== undefined && segments.length === 2) return { name: 'entity', entityId: reportId };
  if (first === 'activities' && segments.length === 1) return { name: 'activities' };
  if (first === 'timeline' && segments.length === 1) return { name: 'timeline' };
  if (first === 'notes' && segments.length === 1) return { name: 'notes' };
  if (first === 'changes' && reportId !== undefined && unit !== undefined && rest.length <= 1) {
    const change = changeNumberOf(rest[0]);
    if (change === null) return { name: 'notFound', hash: `#${withoutMark}` };
    return { name: 'changes', oldId: reportId, newId: unit, ...(change === undefined ? {} : { change }) };
  }
  if (first === 'report' && reportId !== undefined && rest.length === 0) {
    const note = params.get('note') ?? '';
    const beside = params.get('beside') ?? '';
    return {
      name: 'report',
      reportId,
      ...(unit !== undefined ? { unit } : {}),
      ...(query !== '' ? { query } : {}),
      ...(note !== '' ? { note } : {}),
      ...(beside !== '' && beside !== reportId ? { beside } : {}),
    };
  }
  return { name: 'notFound', hash: `#${withoutMark}` };
}

/** The hash (with its `#`) of a route; `parseRoute(formatRoute(r))` gives `r` back. */
export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'search': {
      const params = [
        ...(route.query === '' ? [] : [`q=${encodeURIComponent(route.query)}`]),
        ...selectionParams(normalizeSelection(route.facets ?? {})),
      ];
      return params.length === 0 ? '#/search' : `#/search?${params.join('&')}`;
    }
    case 'report': {
      const unit = route.unit !== undefined ? `/${encodeURIComponent(route.unit)}` : '';
      const params = [
        ...(route.query !== undefined && route.query !== '' ? [`q=${encodeURIComponent(route.query)}`] : []),
        ...(route.note !== undefined && route.note !== '' ? [`note=${encodeURIComponent(route.note)}`] : []),
        ...(route.beside !== undefined && route.beside !== '' ? [`beside=${encodeURIComponent(route.beside)}`] : []),
      ];
      return `#/report/${encodeURIComponent(route.reportId)}${unit}${params.length === 0 ? '' : `?${params.join('&')}`}`;
    }
    case 'entity':
      return `#/entity/${encodeURIComponent(route.entityId)}`;
    case 'activities':
      return '#/activities';
    case 'timeline':
      return '#/timeline';
    case 'notes':
      return '#/notes';
    case 'changes': {
      const change = route.change === undefined ? '' : `/${route.change}`;
      return `#/changes/${encodeURIComponent(route.oldId)}/${encodeURIComponent(route.newId)}${change}`;
    }
    case 'notFound':
      return route.hash;
  }
}

/** Whether two routes name the same place (and the same query). */
export function isSameRoute(a: Route, b: Route): boolean {
  return formatRoute(a) === formatRoute(b);
}
