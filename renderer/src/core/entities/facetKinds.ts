/**
 * The search facets there are, apart from how they are computed (unitFacets.ts), so that the
 * route and the data files name them without loading the entity catalogues.
 */

export type FacetKind = 'language' | 'organisation' | 'country' | 'year' | 'section';

/** The facets in the order the search view shows them. */
export const facetKinds: readonly FacetKind[] = ['language', 'organisation', 'country', 'year', 'section'];

/** One `make(kind)` per facet. */
export function perFacet<T>(make: (kind: FacetKind) => T): Record<FacetKind, T> {
  return { language: make('language'), organisation: make('organisation'), country: make('country'), year: make('year'), section: make('section') };
}
