/** Messages between the page and the search worker (structured-cloned, so plain data only). */
import type { FacetSelection } from '../entities/searchFacets';
import type { FacetedSearchResult, SearchChannel, SearchRequest } from './searcher';

export type ToWorker =
  | { readonly type: 'load'; readonly baseUrl: string }
  | {
      readonly type: 'search';
      readonly id: number;
      readonly channel: SearchChannel;
      readonly query: string;
      readonly options: SearchRequest;
    }
  | { readonly type: 'unitsWithFacets'; readonly id: number; readonly selection: FacetSelection; readonly unitIds: readonly string[] };

export type FromWorker =
  | { readonly type: 'ready'; readonly unitCount: number }
  | { readonly type: 'failed'; readonly message: string }
  /** `result` is null when a newer query on the channel arrived before this one ran. */
  | { readonly type: 'result'; readonly id: number; readonly result: FacetedSearchResult | null }
  | { readonly type: 'unitsWithFacets'; readonly id: number; readonly unitIds: readonly string[] };
