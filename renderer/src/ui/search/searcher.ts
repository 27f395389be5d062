/**
 * How the UI searches: asynchronously, through a Searcher, so that the engine can run in a
 * worker and a slow query (the first broad one on a large corpus normalises every unit it
 * meets) never blocks typing. Each channel keeps only its latest query: results of a query
 * that a newer one on the same channel superseded are dropped, never shown.
 */
import type { LibraryDocument } from '../../core/library/libraryDocument';
import type { SearchOptions, SearchResult } from '../../core/search/types';
import type { FacetSelection } from '../entities/facetSelection';
import type { Facets } from '../entities/searchFacets';

/** Independent streams of queries: the search box, and the reader's highlights. */
export type SearchChannel = 'box' | 'reader';

export interface SearchRequest extends SearchOptions {
  /**
   * Narrows the hits by these facet values and asks for the facets of every match. Applied where
   * the engine runs, which sees every matching unit, not only the page of hits sent back. Counting
   * every match costs a large corpus's queries time, which is why the search box asks for facets
   * only once they are opened or chosen.
   */
  readonly facets?: FacetSelection;
}

/** How many of the library's documents a search went through (fewer while the index loads). */
export interface SearchCoverage {
  readonly searched: number;
  readonly total: number;
}

export interface FacetedSearchResult extends SearchResult {
  /** With `facets` in the request: the facet values of every unit the query matches, with counts. */
  readonly facets?: Facets;
  /**
   * The heading of each section the hits are in, by the section unit's id (`<reportId>:<section>`):
   * the result list names sections without fetching their reports into the page.
   */
  readonly sectionHeadings?: Readonly<Record<string, string>>;
  /** Present while the index is still loading: the search went through only `searched` of `total` documents. */
  readonly coverage?: SearchCoverage;
}

/** The key of a section's heading in a result's sectionHeadings: its report and its number. */
export function sectionHeadingKey(reportId: string, section: string): string {
  return `${reportId}:${section}`;
}

export interface Searcher {
  /** The result, or null when a newer search on the same channel superseded this one. */
  search(channel: SearchChannel, query: string, options: SearchRequest): Promise<FacetedSearchResult | null>;
  /** The given units that have every selected facet value (for the notes shown beside the results). */
  unitsWithFacets(selection: FacetSelection, unitIds: readonly string[]): Promise<readonly string[]>;
  /**
   * Makes documents searchable (their own segments: nothing already indexed is rebuilt), facets
   * included; a document whose report id is already there replaces it. Resolves once a search
   * sent after this call sees them.
   */
  addDocuments(documents: readonly LibraryDocument[]): Promise<void>;
  /** Takes every unit of these reports out of search and facets at once. */
  removeDocuments(reportIds: readonly string[]): Promise<void>;
  /**
   * Says a search is on its way: the box holds a query that it sends once the library is read. The
   * worker's background work (the rest of the index loading) waits for it, so that the first
   * query does not arrive in the middle of a segment being read (at 10,000 reports it waited
   * 50–100 ms for one).
   */
  expectSearch(): void;
  /** Where searching runs, for diagnostics and the benchmark ('starting' until the worker has answered). */
  readonly runsIn: 'worker' | 'page' | 'starting';
  /**
   * How many documents a search now goes through, until the index is complete; calls `listener`
   * each time more are in (at most about once a second while loading), so a query can be run again.
   */
  subscribeCoverage(listener: () => void): () => void;
  /** The documents searched so far (searched === total once the whole index is in). */
  coverage(): SearchCoverage;
}
