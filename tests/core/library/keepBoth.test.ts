import { describe, expect, it } from 'vitest';
import { freeReportId, withReportId } from '../../../renderer/src/core/library/keepBoth';
import { unpackEntities } from '../../../renderer/src/core/entities/entitiesFile';
import { unpackSearchIndex } from '../../../renderer/src/core/search/packedSearchIndex';
import { loadSearchEngine } from '../../../renderer/src/core/search/searchEngine';
import { importedFixture } from '../../fixtures/libraryDocuments';

describe('freeReportId', () => {
  it('keeps a free id and numbers a taken one from 2, skipping copies already taken', () => {
    expect(freeReportId('c17-60-en', new Set(['c17-99-en']))).toBe('c17-60-en');
    expect(freeReportId('c17-60-en', new Set(['c17-60-en']))).toBe('c17-60-en-2');
    expect(freeReportId('c17-60-en', new Set(['c17-60-en', 'c17-60-en-2', 'c17-60-en-3']))).toBe('c17-60-en-4');
  });
});

describe('withReportId', () => {
  const { document } = importedFixture('council/c17-60-en.txt');
  const oldId = document.report.meta.id;
  const copy = withReportId(document, `${oldId}-2`);

  it('moves every unit under the new id with its number, and leaves the original untouched', () => {
    expect(copy.report.meta.id).toBe(`${oldId}-2`);
    expect(copy.report.units.map((unit) => unit.number)).toEqual(document.report.units.map((unit) => unit.number));
    expect(copy.report.units.every((unit) => unit.reportId === `${oldId}-2` && unit.id === `${oldId}-2:${unit.number}`)).toBe(true);
    expect(document.report.units.every((unit) => unit.reportId === oldId)).toBe(true);
  });

  it('is found by search under the new ids, with no indexing again', () => {
    const engine = loadSearchEngine(copy.report.units, unpackSearchIndex(copy.segment));
    const hits = engine.search('language').hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.unit.reportId === `${oldId}-2`)).toBe(true);
  });

  it('keeps its entities, now pointing at the renamed units', () => {
    const entities = unpackEntities(copy.entities, [copy.report]);
    const mentions = entities.entities.flatMap((entity) => entity.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((mention) => mention.unitId.startsWith(`${oldId}-2:`))).toBe(true);
  });
});
