/** Facets computed over the real bundled corpus's entities, as the search view would use them. */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { corpusEntityData, type CorpusEntityData } from '../../../renderer/src/ui/entities/corpusEntities';
import { facetKinds, isEmptySelection, normalizeSelection, selectionFromParams, selectionParams } from '../../../renderer/src/ui/entities/facetSelection';
import type { FacetValue } from '../../../renderer/src/ui/entities/searchFacets';
import { buildFacetIndex, countFacets, facetsOf, matchesFacets, unitsWithSelection } from '../../fixtures/plainFacets';
import { bundledReport, unitsOf } from '../../fixtures/bundledCorpus';
import { withBuiltEntities } from '../../fixtures/builtCorpus';

let data: CorpusEntityData;
const reportId = 'c17-res130-zh';
const id = (number: string): string => `${reportId}:${number}`;

beforeAll(() => {
  data = corpusEntityData(withBuiltEntities([bundledReport()]));
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

describe('facet index and selections', () => {
  test('unitsWithSelection gives the corpus units with every chosen value, as matchesFacets does', () => {
    const index = buildFacetIndex(data);
    const selection = { organisation: 'organisation:enisa' };
    expect(unitsWithSelection(index, selection)).toEqual([id('5.4'), id('6.1')]);
    const allUnits = bundledReport().units.map((unit) => unit.id);
    expect(unitsWithSelection(index, { year: '2016' })).toEqual(allUnits.filter((unit) => matchesFacets(data, unit, { year: '2016' })));
    expect(unitsWithSelection(index, {})).toEqual(allUnits);
  });

  test('countFacets with no selection counts what facetsOf counts', () => {
    const units = [id('3.4'), id('5.4'), id('6.1')];
    const counted = countFacets(buildFacetIndex(data), units, {});
    const reference = facetsOf(data, units);
    for (const kind of facetKinds) {
      const asMap = (values: readonly FacetValue[]): Map<string, number> => new Map(values.map((value) => [value.value, value.count]));
      expect(asMap(counted[kind])).toEqual(asMap(reference[kind]));
    }
    expect(counted.section.map((value) => value.value)).toEqual(['3', '5', '6']);
  });

  test('a selection is written as URL parameters in facet order and read back; empty values are dropped', () => {
    const selection = { year: '2016', organisation: 'organisation:enisa', section: '' };
    expect(selectionParams(selection)).toEqual(['organisation=organisation%3Aenisa', 'year=2016']);
    expect(selectionFromParams(new URLSearchParams(selectionParams(selection).join('&')))).toEqual({ organisation: 'organisation:enisa', year: '2016' });
    expect(isEmptySelection({ section: '' })).toBe(true);
    expect(isEmptySelection({ country: 'country:CH' })).toBe(false);
    expect(normalizeSelection({ section: '', country: 'country:CH' })).toEqual({ country: 'country:CH' });
    expect(selectionFromParams(new URLSearchParams('q=x&colour=red&year='))).toEqual({});
  });

  test('any selection survives the URL', () => {
    const value = fc.option(fc.string({ minLength: 1 }), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ organisation: value, country: value, year: value, section: value }), (picked) => {
        const selection = normalizeSelection(picked);
        expect(selectionFromParams(new URLSearchParams(selectionParams(selection).join('&')))).toEqual(selection);
      }),
    );
  });
});

test('a country named only through one of its cities is labelled with its name, not its code', () => {
  const countries = countFacets(buildFacetIndex(data), bundledReport().units.map((unit) => unit.id), {}).country;
  for (const country of countries) expect(country.label).not.toBe(country.value.slice('country:'.length));
  // A paragraph that names Dubai, not the United Arab Emirates.
  const report = { ...bundledReport(), meta: { ...bundledReport().meta, id: 'dubai' }, units: unitsOf(['3.1 研讨会于2017年在迪拜举行。'], 'dubai') };
  const dubai = corpusEntityData(withBuiltEntities([report]));
  const labels = countFacets(buildFacetIndex(dubai), report.units.map((unit) => unit.id), {}).country;
  expect(labels.find((country) => country.value === 'country:AE')?.label).toMatch(/阿拉伯联合酋长国|阿联酋/u);
});
