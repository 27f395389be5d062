/**
 * Search facets as the result list shows them: which organisations, countries, years and sections
 * the matching units mention, with counts, and the order each facet lists its values in. The
 * search worker counts them from its compact index (ui/search/compactFacets.ts); the plain
 * definition its tests check it against is in tests/fixtures/plainFacets.ts.
 */
import type { FacetKind } from './facetSelection';

export interface FacetValue {
  /** A language code (the unit's report's), an entity id for organisations and countries, `YYYY` for years, the section number for sections. */
  readonly value: string;
  readonly label: string;
  /** How many of the matching units have this value. */
  readonly count: number;
}

export type Facets = Readonly<Record<FacetKind, readonly FacetValue[]>>;

/** Years and sections read best in their own order (2015, 2016; 3, 3.1, 10). */
function byValue(a: FacetValue, b: FacetValue): number {
  return a.value.localeCompare(b.value, 'en', { numeric: true });
}

/** Most frequent first, then by label. */
function byCount(a: FacetValue, b: FacetValue): number {
  return b.count - a.count || a.label.localeCompare(b.label);
}

/** How a facet's values are listed (the worker's compact index lists them the same way). */
export function facetValueOrder(kind: FacetKind): (a: FacetValue, b: FacetValue) => number {
  return kind === 'year' || kind === 'section' ? byValue : byCount;
}
