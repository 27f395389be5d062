import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../renderer/src/core/search/buildSearchIndex';
import { packSearchIndex, unpackSearchIndex } from '../../../renderer/src/core/search/packedSearchIndex';
import { loadSearchEngine } from '../../../renderer/src/core/search/searchEngine';
import { SearchIndexFormatError } from '../../../renderer/src/core/search/searchIndexFormat';
import { bundledReport } from '../../fixtures/bundledCorpus';

describe('packed search index', () => {
  const report = bundledReport();
  const index = buildSearchIndex(report.units, { nameGroups: [['International Telecommunication Union', '国际电联']] });
  const packed = packSearchIndex(index);

  it('holds the index as one block of bytes beside its unit ids, and gives back the same index', () => {
    expect(packed.unitIds).toEqual(index.unitIds);
    expect(packed.bytes).toBeInstanceOf(Uint8Array);
    expect(Object.keys(packed).sort()).toEqual(['bytes', 'unitIds']);
    expect(unpackSearchIndex(structuredClone(packed))).toEqual(index);
  });

  it('is searched as the index it packs, Chinese text included', () => {
    const direct = loadSearchEngine(report.units, index).search('国际电联').hits;
    const unpacked = loadSearchEngine(report.units, unpackSearchIndex(packed)).search('国际电联').hits;
    expect(direct.length).toBeGreaterThan(0);
    expect(unpacked.map((hit) => [hit.unit.id, hit.score])).toEqual(direct.map((hit) => [hit.unit.id, hit.score]));
  });

  it('refuses damaged bytes, bytes that are not UTF-8 and JSON that is not an index, as a search index error', () => {
    const cut = { unitIds: packed.unitIds, bytes: packed.bytes.subarray(0, packed.bytes.length / 2) };
    expect(() => unpackSearchIndex(cut)).toThrow(SearchIndexFormatError);
    expect(() => unpackSearchIndex({ unitIds: [], bytes: Uint8Array.of(0x7b, 0xff, 0x7d) })).toThrow(SearchIndexFormatError);
    expect(() => unpackSearchIndex({ unitIds: [], bytes: new TextEncoder().encode('[1, 2]') })).toThrow(SearchIndexFormatError);
  });

  it('keeps the unit ids out of the bytes, so renumbering a document leaves them as they are', () => {
    const renamed = { ...packed, unitIds: packed.unitIds.map((id) => `copy-${id}`) };
    expect(unpackSearchIndex(renamed)).toEqual({ ...index, unitIds: renamed.unitIds });
    expect(new TextDecoder().decode(packed.bytes)).not.toContain(index.unitIds[0]);
  });
});
