/**
 * The facet values a delegate chose (kept in the route's URL): which facets there are, and a
 * selection as URL parameters and back. Apart from the facet counts (searchFacets.ts), so that
 * routing does not load the entity catalogues those need.
 */

import { facetKinds, type FacetKind } from '../../core/entities/facetKinds';

export { facetKinds, type FacetKind };

/** The chosen value per facet; a missing facet does not narrow. */
export type FacetSelection = Readonly<Partial<Record<FacetKind, string>>>;

/** Whether a selection narrows nothing. */
export function isEmptySelection(selection: FacetSelection): boolean {
  return facetKinds.every((kind) => selection[kind] === undefined || selection[kind] === '');
}

/** A selection without empty values, in facet order: one spelling per selection, for keys and URLs. */
export function normalizeSelection(selection: FacetSelection): FacetSelection {
  const normal: Partial<Record<FacetKind, string>> = {};
  for (const kind of facetKinds) {
    const value = selection[kind];
    if (value !== undefined && value !== '') normal[kind] = value;
  }
  return normal;
}

/** A selection as URL query parameters (`organisation=organisation%3Aenisa`), in facet order. */
export function selectionParams(selection: FacetSelection): string[] {
  const normal = normalizeSelection(selection);
  return facetKinds.flatMap((kind) => {
    const value = normal[kind];
    return value === undefined ? [] : [`${kind}=${encodeURIComponent(value)}`];
  });
}

/** The selection named by URL query parameters; unknown parameters are ignored. */
export function selectionFromParams(params: URLSearchParams): FacetSelection {
  const selection: Partial<Record<FacetKind, string>> = {};
  for (const kind of facetKinds) {
    const value = params.get(kind);
    if (value !== null && value !== '') selection[kind] = value;
  }
  return selection;
}

/** Whether two selections choose the same values. */
export function isSameSelection(a: FacetSelection, b: FacetSelection): boolean {
  return facetKinds.every((kind) => (a[kind] ?? '') === (b[kind] ?? ''));
}
