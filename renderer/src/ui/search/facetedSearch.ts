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
import type { SearchEngine } from '../../core/search/searchEngine';
import type { UnitNumbering } from '../../core/search/types';
import { isEmptySelection, normalizeSelection, selectionParams, type FacetSelection } from '../entities/facetSelection';
import type { ImportedPart, LibraryParts } from '../data/libraryParts';
import { CompactFacetIndex, facetRun, type FacetRun } from './compactFacets';
import type { FacetedSearchResult, SearchRequest } from './searcher';

export { CompactFacetIndex, facetRun } from './compactFacets';

export interface FacetedSearcher {
  search(query: string, request: SearchRequest): FacetedSearchResult;
  /** The given units that have every selected value; all of them when nothing is selected. */
  unitsWithFacets(selection: FacetSelection, unitIds: readonly string[]): string[];
  /**
   * One step of making ahead what the first faceted searches would otherwise make: the facet
   * index, then the place of every unit the engine numbers. False once both are made.
   */
  prepareStep(): boolean;
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
export function createFacetedSearcher(engine: SearchEngine, facetIndex: () => CompactFacetIndex): FacetedSearcher {
  let index: CompactFacetIndex | null = null;
  // The filter of the last selection: the selection changes by a click, the query by each key.
  // Kept for the engine's numbering it was made for (a merge renumbers the units).
  let narrowed: { readonly key: string; readonly numbering: UnitNumbering; readonly keeps: (n: number) => boolean } | null = null;
  const facets = (): CompactFacetIndex => (index ??= facetIndex());
  return {
    search(query, request) {
      const { facets: selection, ...options } = request;
      if (selection === undefined) return engine.search(query, options);
      const index = facets();
      const normal = normalizeSelection(selection);
      const { numbering } = engine;
      let keeps: ((n: number) => boolean) | undefined;
      if (!isEmptySelection(normal)) {
        const key = selectionParams(normal).join('&');
        if (narrowed?.key !== key || narrowed.numbering !== numbering) narrowed = { key, numbering, keeps: index.selectionFilter(normal, numbering) };
        keeps = narrowed.keeps;
      }
      const counting = index.facetCounting(normal, numbering);
      const { hits, total } = engine.search(query, options, { ...(keeps === undefined ? {} : { keeps }), onMatch: counting.add });
      return { hits, total, facets: counting.facets() };
    },
    unitsWithFacets(selection, unitIds) {
      if (isEmptySelection(selection)) return [...unitIds];
      return facets().unitsWithFacets(selection, unitIds);
    },
    prepareStep() {
      if (index === null) {
        facets();
        return true;
      }
      index.placeAll(engine.numbering);
      return false;
    },
  };
}
