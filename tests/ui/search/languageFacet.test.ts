/** The language facet on six versions of one document (tests/fixtures/versions): counted per version, narrowing to one. */
import { describe, expect, test } from 'vitest';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import { createFacetedSearcher, reportsFacetIndex } from '../../../renderer/src/ui/search/facetedSearch';
import { versionReports, versionsEngine } from '../../fixtures/versionsCorpus';

const reports = versionReports();
const searcher = createFacetedSearcher(versionsEngine(reports), () => reportsFacetIndex(reports, extractEntities(reports)));

describe('the language facet', () => {
  test('Sofia is found once in each of the six languages, and the facet says so', () => {
    const result = searcher.search('Sofia', { facets: {} });
    expect(result.total).toBe(6);
    expect(result.facets?.language.map((value) => [value.value, value.count]).sort()).toEqual(
      ['ar', 'en', 'es', 'fr', 'ru', 'zh'].map((language) => [language, 1]),
    );
  });

  test('choosing a language keeps that version only, and still offers the others with their counts', () => {
    const result = searcher.search('ITU', { facets: { language: 'fr' } });
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((hit) => hit.unit.reportId === 'c17-77-fr')).toBe(true);
    expect(result.facets?.language.find((value) => value.value === 'zh')?.count).toBeGreaterThan(0);
  });

  test('a language combines with the other facets', () => {
    const result = searcher.search('drill', { facets: { language: 'en', country: 'country:BG' } });
    expect(result.hits.map((hit) => hit.unit.id)).toEqual(['c17-77-en:2.1']);
  });
});
