/** Facets computed over the real bundled corpus's entities, as the search view would use them. */
import { beforeAll, describe, expect, test } from 'vitest';
import { corpusEntityData, type CorpusEntityData } from '../../../renderer/src/ui/entities/corpusEntities';
import { facetsOf, matchesFacets } from '../../../renderer/src/ui/entities/searchFacets';
import { bundledReport } from '../../fixtures/bundledCorpus';

let data: CorpusEntityData;
const reportId = 'c17-res130-zh';
const id = (number: string): string => `${reportId}:${number}`;

beforeAll(() => {
  data = corpusEntityData([bundledReport()]);
});

describe('search facets', () => {
  test('counts organisations, countries, years and sections of the matching units', () => {
    const facets = facetsOf(data, [id('3.4'), id('5.4'), id('6.1'), id('3.4')]);
    expect(facets.organisation.find((value) => value.value === 'organisation:enisa')?.count).toBe(2);
    expect(facets.section.map((value) => value.value).sort()).toEqual(['3', '5', '6']);
    expect(facets.year.find((value) => value.value === '2016')?.count).toBeGreaterThanOrEqual(1);
    expect(facets.country.length).toBeGreaterThan(0);
    for (const kind of ['organisation', 'country', 'year', 'section'] as const) {
      const counts = facets[kind].map((value) => value.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });

  test('a selection narrows to the units having every chosen value', () => {
    const units = [id('3.4'), id('5.4'), id('6.1')];
    expect(units.filter((unit) => matchesFacets(data, unit, { organisation: 'organisation:enisa' }))).toEqual([id('5.4'), id('6.1')]);
    expect(units.filter((unit) => matchesFacets(data, unit, { organisation: 'organisation:enisa', section: '6' }))).toEqual([id('6.1')]);
    expect(units.filter((unit) => matchesFacets(data, unit, { year: '2016', section: '3' }))).toEqual([id('3.4')]);
    expect(units.filter((unit) => matchesFacets(data, unit, {}))).toEqual(units);
  });

  test('a city counts for its country', () => {
    const facets = facetsOf(data, [id('3.4')]);
    // 3.4: the meeting in Khartoum, Sudan.
    expect(facets.country.map((value) => value.value)).toContain('country:SD');
    expect(matchesFacets(data, id('3.4'), { country: 'country:SD' })).toBe(true);
  });
});
