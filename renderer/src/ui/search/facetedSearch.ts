/**
 * A search narrowed by facets, run where the engine is (the worker, or the page as a fallback):
 * one engine pass yields the narrowed page of hits and every matching unit id, and the facet
 * counts are made from those ids there, so only the counts cross to the page, not the ids.
 * libraryIndex.ts loads this module when facets are first needed: its tables (country names in
 * six languages, the entity index) cost the search worker's start-up, and a search without
 * facets needs none of them.
 */
import type { Report } from '../../core/report/types';
import type { SearchEngine } from '../../core/search/searchEngine';
import type { CorpusPart } from '../data/libraryParts';
import { corpusEntityData, providePrebuiltEntities } from '../entities/corpusEntities';
import {
  buildFacetIndex,
  countFacets,
  isEmptySelection,
  normalizeSelection,
  selectionParams,
  unitsWithSelection,
  type FacetIndex,
  type FacetSelection,
} from '../entities/searchFacets';
import type { FacetedSearchResult, SearchRequest } from './searcher';

export interface FacetedSearcher {
  search(query: string, request: SearchRequest): FacetedSearchResult;
  /** The given units that have every selected value; all of them when nothing is selected. */
  unitsWithFacets(selection: FacetSelection, unitIds: readonly string[]): string[];
}

/**
 * Binds an engine to its corpus's facets. `corpusReports` is called on the first faceted request
 * and the entity data computed then: the library's corpus merges the entities of every document,
 * which a search without facets, or a document added, need not wait for.
 */
export function createFacetedSearcher(engine: SearchEngine, corpusReports: () => readonly Report[]): FacetedSearcher {
  let index: FacetIndex | null = null;
  // The units of the last selection: the selection changes by a click, the query by each key.
  let narrowed: { readonly key: string; readonly unitIds: readonly string[] } | null = null;
  const facetIndex = (): FacetIndex => (index ??= buildFacetIndex(corpusEntityData(corpusReports())));
  return {
    search(query, request) {
      const { facets: selection, ...options } = request;
      if (selection === undefined) return engine.search(query, options);
      const index = facetIndex();
      const normal = normalizeSelection(selection);
      let unitIds: readonly string[] | undefined;
      if (!isEmptySelection(normal)) {
        const key = selectionParams(normal).join('&');
        if (narrowed?.key !== key) narrowed = { key, unitIds: unitsWithSelection(index, normal) };
        unitIds = narrowed.unitIds;
      }
      const { hits, total, matchedUnitIds = [] } = engine.search(query, {
        ...options,
        ...(unitIds === undefined ? {} : { unitIds }),
        withMatchedUnitIds: true,
      });
      return { hits, total, facets: countFacets(index, matchedUnitIds, normal) };
    },
    unitsWithFacets(selection, unitIds) {
      if (isEmptySelection(selection)) return [...unitIds];
      const passing = new Set(unitsWithSelection(facetIndex(), selection));
      return unitIds.filter((unitId) => passing.has(unitId));
    },
  };
}

/**
 * A faceted searcher over a library's corpus, with the entities the build (or the import)
 * extracted: `corpus` is called on the first faceted request, and its entities handed to the
 * entity data rather than extracted again.
 */
export function createCorpusFacetedSearcher(engine: SearchEngine, corpus: () => CorpusPart): FacetedSearcher {
  let reports: readonly Report[] | null = null;
  return createFacetedSearcher(engine, () => {
    if (reports === null) {
      const part = corpus();
      providePrebuiltEntities(part.reports, part.entities);
      reports = part.reports;
    }
    return reports;
  });
}
