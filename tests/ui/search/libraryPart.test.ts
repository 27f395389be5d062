/** How a library is shared out between search threads, and what its parts together search. */
import { describe, expect, test } from 'vitest';
import type { SearchManifest } from '../../../renderer/src/core/library/libraryFiles';
import { coverageOf, libraryParts, partDocuments, shardedAboveUnits } from '../../../renderer/src/ui/search/libraryPart';

function manifest(documentUnits: readonly number[], segmentCount: number): SearchManifest {
  return {
    format: 'kb-search-manifest/1',
    documents: documentUnits.map((units, n) => ({ id: `doc-${n}`, units })),
    segments: Array.from({ length: segmentCount }, (_, n) => `search/segment-${n}.json`),
    facets: 'facets.json',
  } as SearchManifest;
}

describe('the parts of a library', () => {
  test('a library of up to the limit is one part, holding everything; a larger one two halves of its segments, the imported documents in the second', () => {
    const small = manifest([shardedAboveUnits / 2, shardedAboveUnits / 2], 30);
    expect(libraryParts(small)).toEqual([{ segments: small.segments, holdsImported: true }]);
    const large = manifest([shardedAboveUnits / 2, shardedAboveUnits / 2 + 1], 31);
    const [first, second, ...more] = libraryParts(large);
    expect(more).toEqual([]);
    expect(first).toEqual({ segments: large.segments.slice(0, 16), holdsImported: false });
    expect(second).toEqual({ segments: large.segments.slice(16), holdsImported: true });
    // One segment cannot be shared out.
    expect(libraryParts(manifest([shardedAboveUnits + 1], 1))).toHaveLength(1);
  });

  test('a part’s documents are those its units belong to, from where its units start, the first part’s from the first, the last’s to the last', () => {
    const documents = manifest([2, 3, 1, 4], 2).documents;
    const units = [...Array(3).fill({ reportId: 'doc-1' }), { reportId: 'doc-2' }] as Array<{ reportId: string }>;
    const middle = { isFirst: false, isLast: false };
    expect(partDocuments(documents, units, middle)).toEqual({ entries: documents.slice(1, 3), firstUnit: 2 });
    // A first part whose segments miss the first document is checked against it, and a last part against the last.
    expect(partDocuments(documents, units, { isFirst: true, isLast: false })).toEqual({ entries: documents.slice(0, 2), firstUnit: 0 });
    expect(partDocuments(documents, units, { isFirst: false, isLast: true })).toEqual({ entries: documents.slice(1), firstUnit: 2 });
    expect(partDocuments(documents, [], middle)).toEqual({ entries: [], firstUnit: 0 });
    expect(() => partDocuments(documents, [{ reportId: 'elsewhere' }], middle)).toThrow('elsewhere');
  });

  test('parts together search the documents each searches, out of the bundled ones and every imported one', () => {
    const library = manifest([1, 1, 1, 1], 2);
    expect(coverageOf(library, [{ searched: 2, imported: 0, nameGroups: [] }, { searched: 3, imported: 1, nameGroups: [] }])).toEqual({ searched: 5, total: 5 });
    expect(coverageOf(library, [{ searched: 1, imported: 0, nameGroups: [] }])).toEqual({ searched: 1, total: 4 });
  });
});
