/**
 * Serialised segments merged into one serialised segment, from their postings (segmentMerge.ts):
 * the build can ship the bundled corpus as one segment made from each document's own segment,
 * and nothing is tokenised twice. The result is in the format buildSearchIndex writes.
 */
import lunr from 'lunr';
import type { Unit } from '../report/types';
import { IndexedUnit } from './indexedUnit';
import { searchIndexFormat, textField, type SerializedSearchIndex } from './searchIndexFormat';
import { readSegment, type SearchSegment } from './searchSegment';
import { mergeSegments } from './segmentMerge';

/** A segment in the serialised form, with `_index` numbering the terms as lunr does. */
export function serializeSegment(segment: SearchSegment): SerializedSearchIndex {
  const { dictionary } = segment;
  return {
    format: searchIndexFormat,
    unitIds: segment.units.map((unit) => unit.id),
    nameGroups: segment.nameGroups,
    lunr: {
      version: lunr.version,
      fields: [textField],
      fieldVectors: [],
      invertedIndex: Array.from({ length: dictionary.termCount }, (_, i) => [dictionary.termAt(i), { _index: i, [textField]: dictionary.packedAt(i) }] as const),
      pipeline: [],
    },
  };
}

/** Merges serialised segments (each with the units it names), in order, into one; throws SearchIndexFormatError as readSegment. */
export function mergeSearchIndexes(parts: ReadonlyArray<{ readonly units: readonly Unit[]; readonly index: SerializedSearchIndex }>): SerializedSearchIndex {
  return serializeSegment(mergeSegments(parts.map((part) => ({ segment: readSegment(IndexedUnit.of(part.units), part.index), isLive: () => true }))));
}
