/**
 * One segment of the search index, as Lucene means it: an immutable set of units with their
 * terms and postings. A segment is read straight from the serialised lunr index that
 * buildSearchIndex writes: its inverted index is already sorted by term and its postings are
 * packed unit numbers, which is all the engine reads. `lunr.Index.load` is not called: it would
 * build a TokenSet (a trie of every term) and a field-vector table that no query of ours uses,
 * 330–550 ms at 1,000 reports for nothing (measured beside this in `npm run bench -- search`).
 * The build collects the postings lunr.Builder would hold, with our tokeniser (buildSearchIndex.ts).
 */
import type { IndexedUnit } from './indexedUnit';
import { searchIndexFormat, SearchIndexFormatError, textField, type SerializedSearchIndex } from './searchIndexFormat';
import { TermDictionary } from './termDictionary';

export interface SearchSegment {
  /** `units[n]` is the unit whose local number is n. */
  readonly units: readonly IndexedUnit[];
  readonly dictionary: TermDictionary;
  /** Normalised names of one entity across languages (SerializedSearchIndex.nameGroups). */
  readonly nameGroups: ReadonlyArray<readonly string[]>;
}

function packedOf(entry: unknown, at: number): readonly [string, string] {
  if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'object' && entry[1] !== null) {
    const packed: unknown = Reflect.get(entry[1], textField);
    if (typeof packed === 'string') return [entry[0], packed];
  }
  throw new SearchIndexFormatError(`the search index's posting ${at} is damaged`);
}

/**
 * Reads a serialised index as a segment over the units it names (looked up by id in `units`).
 * Throws SearchIndexFormatError when the index is not ours, is damaged or names a unit `units` lacks.
 */
export function readSegment(units: readonly IndexedUnit[], serialized: SerializedSearchIndex): SearchSegment {
  if (serialized.format !== searchIndexFormat) {
    throw new SearchIndexFormatError(`unsupported search index format: ${String(serialized.format)}`);
  }
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const ordered = serialized.unitIds.map((id) => {
    const unit = byId.get(id);
    if (!unit) throw new SearchIndexFormatError(`the search index names a unit the corpus lacks: ${id}`);
    return unit;
  });
  const entries: readonly unknown[] = Array.isArray(serialized.lunr?.invertedIndex) ? serialized.lunr.invertedIndex : [];
  const terms = new Array<string>(entries.length);
  const packed = new Array<string>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const [term, posting] = packedOf(entries[i], i);
    // Prefix look-up is a binary search: an unsorted dictionary would silently miss terms.
    if (i > 0 && !(terms[i - 1]! < term)) throw new SearchIndexFormatError(`the search index's terms are not sorted at ${i}`);
    terms[i] = term;
    packed[i] = posting;
  }
  return { units: ordered, dictionary: TermDictionary.of(terms, packed, ordered.length), nameGroups: serialized.nameGroups ?? [] };
}
