/**
 * The search index as shipped in the app bundle: a lunr 2.x serialised index (loadable with
 * `lunr.Index.load`) plus the unit ids its refs stand for.
 *
 * Differences from what `lunr.Builder.build().toJSON()` writes, each measured on the benchmark
 * corpus (see build/bench): refs are unit numbers in base 36, not unit ids; field vectors are
 * not stored (ranking is computed from the matched text, see rankHits); each posting's
 * per-unit map `{"<ref>": {}}` is replaced by a packed list of unit numbers (postings.ts).
 * lunr's own `Index#search` therefore cannot run on it; searchSegment.ts reads the postings
 * directly (no `lunr.Index.load`), and one such index is one segment of the engine.
 */
// 2: look-alike and Arabic folds, accent-free terms, word-form terms (`~en:drill`), name groups.
export const searchIndexFormat = 'itu-kb-search/2';

/** The only field: a unit's text. */
export const textField = 't';

/** A term's posting: lunr's term number and the packed units that contain the term. */
export interface PackedPosting {
  readonly _index: number;
  readonly [textField]: string;
}

export interface SerializedLunrIndex {
  readonly version: string;
  readonly fields: readonly string[];
  readonly fieldVectors: readonly [];
  /** Sorted by term, as lunr writes it; the engine relies on the order for prefix look-ups. */
  readonly invertedIndex: ReadonlyArray<readonly [term: string, posting: PackedPosting]>;
  readonly pipeline: readonly string[];
}

export interface SerializedSearchIndex {
  readonly format: typeof searchIndexFormat;
  /** `unitIds[n]` is the unit whose lunr ref is `n.toString(36)`. */
  readonly unitIds: readonly string[];
  /** Normalised names of one entity across languages; a query naming one also finds the others. */
  readonly nameGroups: ReadonlyArray<readonly string[]>;
  readonly lunr: SerializedLunrIndex;
}

/** Thrown when a serialised index is missing, of another format or damaged. */
export class SearchIndexFormatError extends Error {
  override readonly name = 'SearchIndexFormatError';
}
