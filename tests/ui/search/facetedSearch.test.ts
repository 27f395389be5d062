/** Facet narrowing where the engine runs: the real engine and entities of the bundled report. */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import type { Report } from '../../../renderer/src/core/report/types';
import type { IndexedUnit } from '../../../renderer/src/core/search/indexedUnit';
import { buildSearchIndex } from '../../../renderer/src/core/search/buildSearchIndex';
import { createSegmentedSearchEngine, type SearchEngine } from '../../../renderer/src/core/search/searchEngine';
import { corpusEntityData } from '../../../renderer/src/ui/entities/corpusEntities';
import { facetKinds, type FacetSelection } from '../../../renderer/src/ui/entities/facetSelection';
import { matchesFacets } from '../../fixtures/plainFacets';
import { createFacetedSearcher, reportsFacetIndex, type FacetedSearcher } from '../../../renderer/src/ui/search/facetedSearch';
import { bundledReport, engineFor } from '../../fixtures/bundledCorpus';
import { withBuiltEntities } from '../../fixtures/builtCorpus';
import { versionEntities, versionReports } from '../../fixtures/versionsCorpus';

let report: Report;
let reports: readonly Report[];
let engine: SearchEngine;
let searcher: FacetedSearcher;
const numbers = (hits: ReadonlyArray<{ unit: { number: string } }>): string[] => hits.map((hit) => hit.unit.number);

beforeAll(() => {
  report = bundledReport();
  engine = engineFor(report.units);
  reports = withBuiltEntities([report]);
  searcher = createFacetedSearcher(engine, () => reportsFacetIndex(reports, extractEntities(reports)));
});

describe('faceted search on the bundled report', () => {
  test('without facets in the request, the engine answers as before and no facets are counted', () => {
    const plain = searcher.search('网络安全', { limit: 5 });
    expect(plain.facets).toBeUndefined();
    expect(numbers(plain.hits)).toEqual(numbers(engine.search('网络安全', { limit: 5 }).hits));
  });

  test('facets are counted over every match, not only the page of hits returned', () => {
    const all = engine.search('网络安全');
    const result = searcher.search('网络安全', { limit: 1, facets: {} });
    expect(result.total).toBe(all.total);
    expect(result.hits).toHaveLength(1);
    const sections = new Map(result.facets?.section.map((value) => [value.value, value.count]));
    for (const [section, count] of sections) {
      expect(all.hits.filter((hit) => hit.unit.section === section)).toHaveLength(count);
    }
    expect(result.facets?.organisation.find((value) => value.value === 'organisation:enisa')).toMatchObject({ label: 'ENISA', count: 1 });
  });

  test('网络安全 narrowed to ENISA is paragraph 5.4; to section 5, the paragraphs of section 5', () => {
    const enisa = searcher.search('网络安全', { limit: 100, facets: { organisation: 'organisation:enisa' } });
    expect(numbers(enisa.hits)).toEqual(['5.4']);
    expect(enisa.total).toBe(1);
    const section = searcher.search('网络安全', { limit: 100, facets: { section: '5' } });
    expect(numbers(section.hits).sort()).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6']);
    expect(section.total).toBe(6);
    const switzerland = searcher.search('网络安全', { limit: 100, facets: { country: 'country:CH' } });
    expect(numbers(switzerland.hits)).toEqual(['4.4']);
  });

  test('a chosen facet still offers its other values; the other facets count only what passes', () => {
    const result = searcher.search('网络安全', { limit: 100, facets: { organisation: 'organisation:enisa' } });
    const organisations = result.facets?.organisation.map((value) => value.value) ?? [];
    expect(organisations).toContain('organisation:enisa');
    expect(organisations).toContain('organisation:gcscc');
    expect(result.facets?.section).toEqual([expect.objectContaining({ value: '5', count: 1 })]);
  });

  test('a selection nothing passes gives no hits, keeps the chosen values listed with 0 and offers the ways out', () => {
    const result = searcher.search('网络安全', { limit: 100, facets: { organisation: 'organisation:enisa', section: '4' } });
    expect(result.total).toBe(0);
    expect(result.hits).toEqual([]);
    expect(result.facets?.section.find((value) => value.value === '4')?.count).toBe(0);
    expect(result.facets?.organisation.find((value) => value.value === 'organisation:enisa')?.count).toBe(0);
    // ENISA's paragraph is in section 5; section 4's paragraphs name other organisations.
    expect(result.facets?.section.find((value) => value.value === '5')?.count).toBe(1);
    expect(result.facets?.organisation.find((value) => value.value === 'organisation:gcscc')?.count).toBeGreaterThan(0);
  });

  test('narrowing keeps every hit that has the chosen values, in the unnarrowed order', () => {
    const data = corpusEntityData(reports);
    const all = engine.search('网络安全').hits;
    const valuesOf = (kind: (typeof facetKinds)[number]): string[] => searcher.search('网络安全', { facets: {} }).facets?.[kind].map((v) => v.value) ?? [];
    const choice = fc.record(
      Object.fromEntries(facetKinds.map((kind) => [kind, fc.option(fc.constantFrom(...valuesOf(kind)), { nil: undefined })])),
    );
    fc.assert(
      fc.property(choice, (picked) => {
        const selection: FacetSelection = Object.fromEntries(Object.entries(picked).filter(([, value]) => value !== undefined));
        const narrowed = searcher.search('网络安全', { limit: 100, facets: selection });
        const expected = all.filter((hit) => matchesFacets(data, hit.unit.id, selection));
        expect(numbers(narrowed.hits)).toEqual(numbers(expected));
        expect(narrowed.total).toBe(expected.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('units with facets (for the notes beside the results)', () => {
  test('keeps the given units that pass, in the order given; all of them with no selection', () => {
    const ids = ['6.1', '4.3', '5.4', 'title'].map((number) => `${report.meta.id}:${number}`);
    expect(searcher.unitsWithFacets({ organisation: 'organisation:enisa' }, ids)).toEqual([ids[0], ids[2]]);
    expect(searcher.unitsWithFacets({ organisation: 'organisation:enisa', section: '5' }, ids)).toEqual([ids[2]]);
    expect(searcher.unitsWithFacets({}, ids)).toEqual(ids);
    expect(searcher.unitsWithFacets({ year: '1900' }, ids)).toEqual([]);
  });
});

describe('the engine behind it', () => {
  test('onMatch is given every match, before keeps narrows hits and total', () => {
    const all = engine.search('网络安全');
    const kept = new Set([`${report.meta.id}:5.4`, `${report.meta.id}:title`]);
    const matched: IndexedUnit[] = [];
    const unitAt = (n: number): IndexedUnit => engine.numbering.unitAt(n);
    const narrowed = engine.search('网络安全', { limit: 10 }, { keeps: (n) => kept.has(unitAt(n).id), onMatch: (n) => matched.push(unitAt(n)) });
    expect(matched.map((unit) => unit.id).sort()).toEqual(all.hits.map((hit) => hit.unit.id).sort());
    expect(numbers(narrowed.hits)).toEqual(numbers(all.hits).filter((number) => number === '5.4' || number === 'title'));
    expect(narrowed.total).toBe(narrowed.hits.length);
  });

  test('facets follow the units when a merge renumbers them', () => {
    const [english, french] = ['en', 'fr'].map((language) => versionReports().find((version) => version.meta.language === language)!);
    const both = [english!, french!];
    const segmented = createSegmentedSearchEngine();
    for (const version of both) segmented.addSegment(version.units, JSON.parse(JSON.stringify(buildSearchIndex(version.units))));
    const faceted = createFacetedSearcher(segmented, () => reportsFacetIndex(both, versionEntities(both)));
    const languages = (): unknown => faceted.search('2017', { facets: {} }).facets?.language.map(({ value, count }) => [value, count]);
    expect(languages()).toEqual([
      ['en', 3],
      ['fr', 3],
    ]);
    // The English segment loses every unit: merging drops it, and the French units take its numbers.
    segmented.removeReports([english!.meta.id]);
    expect(languages()).toEqual([['fr', 3]]);
    expect(segmented.mergeStep()).toBe(true);
    expect(languages()).toEqual([['fr', 3]]);
    expect(faceted.search('2017', { facets: { language: 'fr' } }).total).toBe(3);
  });

  test('scores are the same narrowed or not', () => {
    const all = engine.search('国际电联 网络');
    const id = all.hits[3]?.unit.id ?? '';
    const narrowed = engine.search('国际电联 网络', {}, { keeps: (n) => engine.numbering.unitAt(n).id === id });
    expect(narrowed.hits[0]?.score).toBe(all.hits[3]?.score);
  });
});
