/**
 * A search narrowed by facets, run where the engine is (the worker, or the page as a fallback):
 * one engine pass yields the narrowed page of hits and every matching unit, and the facet
 * counts are made from those units there, so only the counts cross to the page, not the units.
 * libraryIndex.ts loads this module when facets are first needed: the code that computes an
 * imported document's facets (country names in six languages, the entity look-ups) costs the
 * search worker's start-up, and a search without facets needs none of it.
 */
import type { CorpusEntities } from '../../core/entities/types';
import { corpusUnitFacets } from '../../core/entities/unitFacets';
import { concatFacetTables, facetTable, type FacetTable } from '../../core/library/facetsFile';
import type { Report, Unit } from '../../core/report/types';
import type { ParsedQuery } from '../../core/search/queryModel';
import type { SearchEngine, SegmentedSearchEngine, VerifiedQuery } from '../../core/search/searchEngine';
import type { UnitNarrowing, UnitNumbering } from '../../core/search/types';
import { isEmptySelection, normalizeSelection, selectionParams, type FacetSelection } from '../entities/facetSelection';
import type { ImportedPart, LibraryParts } from '../data/libraryParts';
import { CompactFacetIndex, facetRun, type FacetRun } from './compactFacets';
import type { FacetLabels } from './facetSums';
import type { Facets } from '../entities/searchFacets';
import type { FacetedSearchResult, SearchRequest } from './searcher';

export { CompactFacetIndex, facetRun } from './compactFacets';
export { sliceFacetTable } from '../../core/library/facetsFile';

export interface FacetedSearcher {
  search(query: string, request: SearchRequest): FacetedSearchResult;
  /**
   * A query's first pass narrowed by the request's facets, with the facets of its matches (one
   * part of a library searched in parts), and the values' labels the first time after the facets
   * were made. Only for an engine that verifies (a SegmentedSearchEngine).
   */
  verify(query: ParsedQuery, request: SearchRequest & { readonly facets: FacetSelection }): PartFacets;
  /** The given units that have every selected value; all of them when nothing is selected. */
  unitsWithFacets(selection: FacetSelection, unitIds: readonly string[]): string[];
  /**
   * One step of making ahead what the first faceted searches would otherwise make: the facet
   * index, then the place of every unit the engine numbers. False once both are made.
   */
  prepareStep(): boolean;
}

/** A part's first pass with facets (FacetedSearcher.verify). */
export interface PartFacets {
  readonly verified: VerifiedQuery;
  readonly facets: Facets;
  /** The facet values' labels, given with a searcher's first pass only (they change with its facet index alone). */
  readonly facetLabels?: FacetLabels;
}

/** The facet table of reports the build did not see (imported ones), from their own entities. */
export function reportsFacetTable(reports: readonly Report[], entities: CorpusEntities): FacetTable {
  return facetTable(corpusUnitFacets(reports, entities));
}

/** A facet index over these reports alone (a library of one run). */
export function reportsFacetIndex(reports: readonly Report[], entities: CorpusEntities): CompactFacetIndex {
  return new CompactFacetIndex([facetRun(reportsFacetTable(reports, entities), reports.flatMap((report) => report.units))]);
}

/**
 * The facets of a library as it now is: its bundled units, those of a report removed or replaced
 * hidden, then its imported documents' in the order added (each one's table computed once, kept
 * in `importedTables` while the document is in).
 */
export function libraryFacetIndex(
  bundled: FacetRun,
  bundledUnits: ReadonlyArray<Pick<Unit, 'reportId' | 'number'>>,
  parts: LibraryParts,
  importedTables: WeakMap<ImportedPart, FacetTable>,
): CompactFacetIndex {
  let bundledRun = bundled;
  if (bundledUnits.some((unit) => !parts.isBundledShown(unit.reportId))) {
    bundledRun = { ...bundled, hidden: Uint8Array.from(bundledUnits, (unit) => (parts.isBundledShown(unit.reportId) ? 0 : 1)) };
  }
  const imported = parts.importedParts();
  const tables = imported.map((part) => {
    let table = importedTables.get(part);
    if (table === undefined) {
      table = reportsFacetTable([part.report], part.entities);
      importedTables.set(part, table);
    }
    return table;
  });
  return new CompactFacetIndex([bundledRun, facetRun(concatFacetTables(tables), imported.flatMap((part) => part.report.units))]);
}

/**
 * Binds an engine to its library's facets. `facetIndex` is called on the first faceted request,
 * not before: a search without facets, or a document added, need not wait for it.
 */
export function createFacetedSearcher(engine: SearchEngine | SegmentedSearchEngine, facetIndex: () => CompactFacetIndex): FacetedSearcher {
  let index: CompactFacetIndex | null = null;
  // The filter of the last selection: the selection changes by a click, the query by each key.
  // Kept for the engine's numbering it was made for (a merge renumbers the units).
  let narrowed: { readonly key: string; readonly numbering: UnitNumbering; readonly keeps: (n: number) => boolean } | null = null;
  // Whether the facets' labels went with a verify since the facet index was made.
  let areLabelsGiven = false;
  const indexNow = (): CompactFacetIndex => (index ??= facetIndex());
  /** The engine's narrowing for a selection, and the facets of what it lets through once the engine has run. */
  const narrowingFor = (selection: FacetSelection): { narrowing: UnitNarrowing; facets: () => Facets } => {
    const index = indexNow();
    const normal = normalizeSelection(selection);
    const { numbering } = engine;
    let keeps: ((n: number) => boolean) | undefined;
    if (!isEmptySelection(normal)) {
      const key = selectionParams(normal).join('&');
      if (narrowed?.key !== key || narrowed.numbering !== numbering) narrowed = { key, numbering, keeps: index.selectionFilter(normal, numbering) };
      keeps = narrowed.keeps;
    }
    const counting = index.facetCounting(normal, numbering);
    return { narrowing: { ...(keeps === undefined ? {} : { keeps }), onMatch: counting.add }, facets: counting.facets };
  };
  return {
    search(query, request) {
      const { facets: selection, ...options } = request;
      if (selection === undefined) return engine.search(query, options);
      const { narrowing, facets } = narrowingFor(selection);
      const { hits, total } = engine.search(query, options, narrowing);
      return { hits, total, facets: facets() };
    },
    verify(query, request) {
      if (!('verify' in engine)) throw new Error('a faceted first pass asked of an engine that does not verify');
      const { facets: selection, ...options } = request;
      const { narrowing, facets } = narrowingFor(selection);
      const verified = engine.verify(query, options, narrowing);
      const facetLabels = areLabelsGiven ? undefined : indexNow().valueLabels();
      areLabelsGiven = true;
      return { verified, facets: facets(), ...(facetLabels === undefined ? {} : { facetLabels }) };
    },
    unitsWithFacets(selection, unitIds) {
      if (isEmptySelection(selection)) return [...unitIds];
      return indexNow().unitsWithFacets(selection, unitIds);
    },
    prepareStep() {
      if (index === null) {
        indexNow();
        return true;
      }
      index.placeAll(engine.numbering);
      return false;
    },
  };
}
