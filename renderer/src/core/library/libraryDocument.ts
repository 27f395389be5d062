/**
 * One document as the library holds it, whether the build bundled it or the delegate imported
 * it: the parsed report, its own search segment (core/search: segments are merged by the engine,
 * never rebuilt) and the entities extracted from it. The same shape travels from the import
 * worker to the database, the knowledge base and the search worker, so there is one way in.
 */
import type { EntitiesFile } from '../entities/entitiesFile';
import type { Report, ReportMeta } from '../report/types';
import type { PackedSearchIndex } from '../search/packedSearchIndex';

/** Where a document came from. */
export type DocumentOrigin = 'bundled' | 'imported';

/** The file an imported document was read from (its bytes are stored apart, so a better reader can read it again). */
export interface OriginalFile {
  /** Base name as the delegate chose it; never a path. */
  readonly name: string;
  /** `application/vnd.openxmlformats-officedocument.wordprocessingml.document`, `application/pdf` or `text/plain`. */
  readonly mediaType: string;
  readonly size: number;
}

export interface LibraryDocument {
  readonly report: Report;
  /**
   * The search index of this report's units alone, packed (core/search/packedSearchIndex.ts: a
   * row with it is cloned in one piece); its `unitIds` are this report's unit ids.
   */
  readonly segment: PackedSearchIndex;
  /** Entities extracted from this report alone, packed against `[report]`. */
  readonly entities: EntitiesFile;
  readonly origin: DocumentOrigin;
  /** For an imported document: the file it came from. */
  readonly file?: OriginalFile;
  /** ISO 8601 time the document entered the library (imported documents). */
  readonly addedAt?: string;
}

/**
 * What makes two documents the same document for the "already in the library" question: the
 * symbol with its revision (and addendum, corrigendum) in one language; a document without a
 * symbol is known by its id.
 */
export function sameDocumentKey(meta: ReportMeta): string {
  if (meta.symbol === undefined) return `id:${meta.id}`;
  const parts = [meta.symbol.toUpperCase(), meta.language, `rev${meta.revision ?? 0}`, `add${meta.addendum ?? 0}`, `corr${meta.corrigendum ?? 0}`];
  return `symbol:${parts.join('|')}`;
}
