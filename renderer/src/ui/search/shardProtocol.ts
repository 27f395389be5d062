/**
 * Messages between the search worker and a shard worker (shardWorker.ts), which holds a part of a
 * large library (libraryPart.ts). Structured-cloned, so plain data only. A query is two messages,
 * verify then rank, and the search worker sends no other query in between.
 */
import type { LibraryDocument } from '../../core/library/libraryDocument';
import type { SearchManifest } from '../../core/library/libraryFiles';
import type { ParsedQuery } from '../../core/search/queryModel';
import type { CollectionStatistics } from '../../core/search/searchEngine';
import type { FacetSelection } from '../entities/facetSelection';
import type { LibraryPart, PartRanked, PartState, PartVerified } from './libraryPart';
import type { SearchRequest } from './searcher';

/** Asks that an answer with the same id comes back. */
export type ShardRequest =
  | { readonly type: 'verify'; readonly query: ParsedQuery; readonly request: SearchRequest }
  | { readonly type: 'rank'; readonly collection: CollectionStatistics; readonly limit: number | undefined }
  | { readonly type: 'loadFacets' }
  | { readonly type: 'unitsWithFacets'; readonly selection: FacetSelection; readonly unitIds: readonly string[] }
  | { readonly type: 'addDocuments'; readonly documents: readonly LibraryDocument[] }
  | { readonly type: 'removeDocuments'; readonly reportIds: readonly string[] }
  /** Drops what the last queries left (LibraryIndex.forgetQueries). */
  | { readonly type: 'forgetQueries' };

export type ToShard =
  | { readonly type: 'open'; readonly baseUrl: string; readonly manifest: SearchManifest; readonly part: LibraryPart }
  /** The page says a search is on its way (BackgroundGate.expectSearch). */
  | { readonly type: 'expectSearch' }
  | (ShardRequest & { readonly id: number });

/** What each request is answered with. */
export interface ShardAnswers {
  readonly verify: PartVerified;
  readonly rank: PartRanked;
  readonly loadFacets: null;
  readonly unitsWithFacets: readonly string[];
  readonly addDocuments: PartState;
  readonly removeDocuments: PartState;
  readonly forgetQueries: null;
}

export type FromShard =
  /** Its first segment is in: it answers from now on. Then after each segment it adds. */
  | { readonly type: 'state'; readonly state: PartState }
  /** Every segment and the facets are in. */
  | { readonly type: 'loaded' }
  /** It could not be loaded (its first segment, a later one, or the facets). */
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'answer'; readonly id: number; readonly answer: ShardAnswers[ShardRequest['type']] }
  | { readonly type: 'refused'; readonly id: number; readonly message: string };
