/**
 * The facets of a library searched in two parts: each part counts its own matches with a facet
 * index of its own units (its slice of the facets table), and the counts added up and labelled
 * with the parts' labels merged are the facets one index of the whole library gives, whatever
 * the split, the matches and the selection. The six-language versions name one section, one
 * organisation, one country differently in each language, so labels differ between the parts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import { corpusUnitFacets, countryListName } from '../../../renderer/src/core/entities/unitFacets';
import { facetTable, FacetsFileError, sliceFacetTable } from '../../../renderer/src/core/library/facetsFile';
import type { FacetSelection } from '../../../renderer/src/ui/entities/facetSelection';
import type { Facets } from '../../../renderer/src/ui/entities/searchFacets';
import { IndexedUnit } from '../../../renderer/src/core/search/indexedUnit';
import { CompactFacetIndex, facetRun, type FacetUnit } from '../../../renderer/src/ui/search/compactFacets';
import { mergeFacetLabels, sumFacets, type FacetLabels } from '../../../renderer/src/ui/search/facetSums';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { versionReports } from '../../fixtures/versionsCorpus';

const reports = [...versionReports(), bundledReport()];
/** Numbered as an engine numbers them (ordinals within reports). */
const units = reports.flatMap((report) => IndexedUnit.of(report.units));
const table = facetTable(corpusUnitFacets(reports, extractEntities(reports)));
/** Where each report's units start: parts hold whole reports, as segments do. */
const reportStarts = reports.map((_, r) => reports.slice(0, r).reduce((sum, report) => sum + report.units.length, 0)).slice(1);

function facetsOf(index: CompactFacetIndex, partUnits: readonly FacetUnit[], matched: readonly boolean[], selection: FacetSelection): Facets {
  const counting = index.facetCounting(selection, { count: partUnits.length, unitAt: (n) => partUnits[n]! });
  matched.forEach((isMatch, n) => {
    if (isMatch) counting.add(n);
  });
  return counting.facets();
}

const selections: FacetSelection[] = [{}, { language: 'fr' }, { section: '2' }, { year: '2015' }, { organisation: 'organisation:nowhere' }, { language: 'zh', section: '5' }];

describe('facets summed over parts', () => {
  test('are the facets of one index over the whole library, labels included', () => {
    const whole = new CompactFacetIndex([facetRun(table, units)]);
    fc.assert(
      fc.property(
        fc.constantFrom(...reportStarts),
        fc.array(fc.boolean(), { minLength: units.length, maxLength: units.length }),
        fc.constantFrom(...selections),
        (split, matched, selection) => {
          const parts = [
            { start: 0, end: split },
            { start: split, end: units.length },
          ].map(({ start, end }) => {
            const partUnits = units.slice(start, end);
            const index = new CompactFacetIndex([facetRun(sliceFacetTable(table, start, end), partUnits)]);
            return { labels: index.valueLabels(), facets: facetsOf(index, partUnits, matched.slice(start, end), selection) };
          });
          const summed = sumFacets(
            parts.map((part) => part.facets),
            mergeFacetLabels(parts.map((part) => part.labels)),
          );
          expect(summed).toEqual(facetsOf(whole, units, matched, selection));
        },
      ),
      { numRuns: 150 },
    );
  });

  test('the parts do label values differently: merging takes the library’s label, not the counting part’s', () => {
    const split = reportStarts[2]!;
    const first = new CompactFacetIndex([facetRun(sliceFacetTable(table, 0, split), units.slice(0, split))]).valueLabels();
    const second = new CompactFacetIndex([facetRun(sliceFacetTable(table, split, units.length), units.slice(split))]).valueLabels();
    const secondSections = new Map(second.section);
    expect(first.section.some(([value, label]) => secondSections.has(value) && secondSections.get(value) !== label)).toBe(true);
    const merged = mergeFacetLabels([first, second]);
    // A section is named by the last unit's heading, so by the second part.
    for (const [value, label] of second.section) expect(merged.section.get(value)).toBe(label);
  });

  test('a country named only through its cities in the first part takes the name the second part gives it', () => {
    const listName = countryListName('country:CH');
    const named = (country: string, label: string): FacetLabels => ({ language: [], organisation: [], country: [[country, label]], year: [], section: [] });
    expect(mergeFacetLabels([named('country:CH', listName), named('country:CH', 'Swiss Confederation')]).country.get('country:CH')).toBe('Swiss Confederation');
    expect(mergeFacetLabels([named('country:CH', 'Swiss Confederation'), named('country:CH', 'Suisse')]).country.get('country:CH')).toBe('Swiss Confederation');
    expect(mergeFacetLabels([named('country:CH', listName), named('country:CH', listName)]).country.get('country:CH')).toBe(listName);
  });

  test('a slice of the facets table is refused outside the table', () => {
    expect(() => sliceFacetTable(table, 0, units.length + 1)).toThrow(FacetsFileError);
    expect(sliceFacetTable(table, 0, units.length)).toBe(table);
    expect(sliceFacetTable(table, 3, 3).unitCount).toBe(0);
  });
});
