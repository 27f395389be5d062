/** Messages between the page and the search worker (structured-cloned, so plain data only). */
import type { LibraryDocument } from '../../core/library/libraryDocument';
import type { FacetSelection } from '../entities/facetSelection';
import type { FacetedSearchResult, SearchChannel, SearchCoverage, SearchRequest } from './searcher';

export type ToWorker =
  | { readonly type: 'load'; readonly baseUrl: string }
  | {
      readonly type: 'search';
      readonly id: number;
      readonly channel: SearchChannel;
      readonly query: string;
      readonly options: SearchRequest;
    }
  | { readonly type: 'unitsWithFacets'; readonly id: number; readonly selection: FacetSelection; readonly unitIds: readonly string[] }
  | { readonly type: 'addDocuments'; readonly id: number; readonly documents: readonly LibraryDocument[] }
  | { readonly type: 'removeDocuments'; readonly id: number; readonly reportIds: readonly string[] }
  /** A search is on its way (Searcher.expectSearch): background work waits for it. */
  | { readonly type: 'expectSearch' };

export type FromWorker =
  /** Queries are answered from now on, over `coverage` (the first bundled segment, or all of them). */
  | { readonly type: 'ready'; readonly coverage: SearchCoverage }
  /** More bundled segments are in (at most about once a second, and once when the last is). */
  | { readonly type: 'coverage'; readonly coverage: SearchCoverage }
  /** Every bundled segment and the facets are in (facets.json checked). */
  | { readonly type: 'loaded' }
  /** The index could not be loaded (before 'ready', or a later segment, or the facets). */
  | { readonly type: 'failed'; readonly message: string }
  /** `result` is null when a newer query on the channel arrived before this one ran. */
  | { readonly type: 'result'; readonly id: number; readonly result: FacetedSearchResult | null }
  | { readonly type: 'unitsWithFacets'; readonly id: number; readonly unitIds: readonly string[] }
  /** An addDocuments or removeDocuments is done (`error` when it could not be). */
  | { readonly type: 'changed'; readonly id: number; readonly error?: string };
