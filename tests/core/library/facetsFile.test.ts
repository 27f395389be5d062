/** facets.json: written from the units' facets, read back into the same table, and refused when damaged. */
import { describe, expect, test } from 'vitest';
import { facetKinds } from '../../../renderer/src/core/entities/facetKinds';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import { corpusUnitFacets } from '../../../renderer/src/core/entities/unitFacets';
import { concatFacetTables, facetTable, FacetsFileError, packFacets, readFacetsFile, type FacetTable } from '../../../renderer/src/core/library/facetsFile';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { versionReports } from '../../fixtures/versionsCorpus';

/** Each unit's (value, label) pairs per facet, as a table gives them back. */
function unitValues(table: FacetTable): Array<Record<string, Array<[string, string]>>> {
  return Array.from({ length: table.unitCount }, (_, unit) =>
    Object.fromEntries(
      facetKinds.map((kind) => {
        const { offsets, entries, values, labels } = table.columns[kind];
        return [kind, Array.from(entries.subarray(offsets[unit], offsets[unit + 1]), (entry): [string, string] => [values[entry]!, labels[entry]!])];
      }),
    ),
  );
}

const reports = [bundledReport(), ...versionReports()];
const units = corpusUnitFacets(reports, extractEntities(reports));
const table = facetTable(units);
const unitCount = reports.reduce((sum, report) => sum + report.units.length, 0);
/** The file as the app fetches it: through JSON. */
const written = (): Record<string, unknown> => JSON.parse(JSON.stringify(packFacets(table))) as Record<string, unknown>;

describe('the facets file', () => {
  test('holds every unit, in corpus order, with the values and labels the units have', () => {
    expect(table.unitCount).toBe(unitCount);
    expect(unitValues(table)).toEqual(units.map((unit) => Object.fromEntries(facetKinds.map((kind) => [kind, [...unit[kind]]]))));
    // Real data: Chinese paragraphs under section 5 naming ENISA, Bulgaria through Sofia, years.
    expect(table.columns.organisation.values).toContain('organisation:enisa');
    expect(table.columns.country.values).toContain('country:BG');
    expect([...table.columns.language.values].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  test('is read back into the same table', () => {
    expect(unitValues(readFacetsFile(written(), unitCount))).toEqual(unitValues(table));
  });

  test('keeps one entry per value and label: a section number whose heading differs by report has two', () => {
    const sections = table.columns.section;
    const pairs = sections.values.map((value, entry) => `${value}\u0000${sections.labels[entry]}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(new Set(sections.values).size).toBeLessThan(sections.values.length);
  });

  test('tables of runs of units join into the table of all of them', () => {
    const [first, ...others] = reports;
    const parts = [facetTable(corpusUnitFacets([first!], extractEntities([first!]))), facetTable(corpusUnitFacets(others, extractEntities(others)))];
    const joined = concatFacetTables(parts);
    expect(unitValues(joined)).toEqual([...unitValues(parts[0]!), ...unitValues(parts[1]!)]);
  });

  const damaged: Array<[string, (file: Record<string, unknown>) => unknown, RegExp]> = [
    ['not JSON of a facets file', () => ({ entities: [] }), /^is not a facets file$/],
    ['another format', (file) => ({ ...file, format: 'kb-facets/0' }), /^is not a facets file$/],
    ['built with another library', (file) => ({ ...file, units: unitCount + 1 }), /another library/],
    ['a facet missing', (file) => ({ ...file, columns: { ...(file.columns as object), year: undefined } }), /the year facet is missing/],
    ['labels not beside values', (file) => withColumn(file, 'organisation', (column) => ({ ...column, labels: [] })), /organisation facet's values and labels/],
    ['a unit count missing', (file) => withColumn(file, 'language', (column) => ({ ...column, counts: (column.counts as number[]).slice(1) })), /does not list/],
    ['a negative count', (file) => withColumn(file, 'year', (column) => ({ ...column, counts: [-1, ...(column.counts as number[]).slice(1)] })), /count of unit 0/],
    ['counts that do not add up', (file) => withColumn(file, 'country', (column) => ({ ...column, entries: (column.entries as number[]).slice(1) })), /add up/],
    ['an entry that is no value', (file) => withColumn(file, 'section', (column) => ({ ...column, entries: [999_999, ...(column.entries as number[]).slice(1)] })), /entry 0 is not one of its values/],
  ];

  test.each(damaged)('is refused when %s, saying why', (_name, damage, reason) => {
    const read = (): FacetTable => readFacetsFile(damage(written()), unitCount);
    expect(read).toThrow(FacetsFileError);
    expect(read).toThrow(reason);
  });
});

function withColumn(file: Record<string, unknown>, kind: string, change: (column: Record<string, unknown>) => unknown): unknown {
  const columns = file.columns as Record<string, Record<string, unknown>>;
  return { ...file, columns: { ...columns, [kind]: change(columns[kind]!) } };
}
