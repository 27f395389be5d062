/**
 * A document's search segment as the app moves and keeps it: its unit ids, and the rest of the
 * serialised index as one block of UTF-8 JSON. As objects, the segment of a 100-page document is
 * some 12,000 term/posting pairs, and every structured clone on the main thread walks them
 * (IndexedDB's `put` of the row, the message to the search worker): in Chromium the row's `put`
 * took 21–64 ms with the segment as objects against 16–23 ms packed (755 KB of JSON), and the
 * longest main-thread task of dropping a 98-page PDF fell from 57 to 37 ms (medians of 5
 * alternating drops each). The block is moved from the import worker without a copy and read
 * back (decoded, parsed) only in the search worker. The unit ids stay outside it so that "keep
 * both" can renumber a document (core/library/keepBoth.ts) without reading the block.
 */
import { isJsonObject } from '../json/jsonValidation';
import { SearchIndexFormatError, type SerializedSearchIndex } from './searchIndexFormat';

// One of each, not one per document: a library's start-up unpacks hundreds.
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export interface PackedSearchIndex {
  /** `unitIds[n]` is the unit whose lunr ref is `n.toString(36)`, as in SerializedSearchIndex. */
  readonly unitIds: readonly string[];
  /** The SerializedSearchIndex without its unit ids, as UTF-8 JSON. */
  readonly bytes: Uint8Array;
}

/** Packs a serialised index (in the import worker, or the build). */
export function packSearchIndex(index: SerializedSearchIndex): PackedSearchIndex {
  const { unitIds, ...rest } = index;
  return { unitIds, bytes: encoder.encode(JSON.stringify(rest)) };
}

/**
 * The serialised index a packed one holds. Throws SearchIndexFormatError when the bytes are not
 * JSON of an object; the index itself is checked as it is read (core/search/searchSegment.ts).
 */
export function unpackSearchIndex(packed: PackedSearchIndex): SerializedSearchIndex {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(packed.bytes));
  } catch (error) {
    throw new SearchIndexFormatError(`the packed search index is damaged: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isJsonObject(value)) throw new SearchIndexFormatError('the packed search index is not an index');
  return { ...(value as unknown as Omit<SerializedSearchIndex, 'unitIds'>), unitIds: packed.unitIds };
}
