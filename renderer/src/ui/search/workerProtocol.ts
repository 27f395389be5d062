/** Messages between the page and the search worker (structured-cloned, so plain data only). */
import type { LibraryDocument } from '../../core/library/libraryDocument';
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
  | { readonly type: 'unitsWithFacets'; readonly id: number; readonly selection: FacetSelection; readonly unitIds: readonly string[] }
  | { readonly type: 'addDocuments'; readonly id: number; readonly documents: readonly LibraryDocument[] }
  | { readonly type: 'removeDocuments'; readonly id: number; readonly reportIds: readonly string[] };

export type FromWorker =
  | { readonly type: 'ready'; readonly unitCount: number }
  | { readonly type: 'failed'; readonly message: string }
  /** `result` is null when a newer query on the channel arrived before this one ran. */
  | { readonly type: 'result'; readonly id: number; readonly result: FacetedSearchResult | null }
  | { readonly type: 'unitsWithFacets'; readonly id: number; readonly unitIds: readonly string[] }
  /** An addDocuments or removeDocuments is done (`error` when it could not be). */
  | { readonly type: 'changed'; readonly id: number; readonly error?: string };
