/**
 * Search facets over the entity data: which organisations, countries, years and sections the
 * matching units mention, with counts, and the units that pass a chosen set of facet values.
 * Pure and keyed by unit id, so the search worker applies it to all matching units (not only
 * the page of hits it shows); it does not depend on the search code.
 */
import { countriesByCode } from '../../core/entities/countryNames';
import { yearsOf } from './activityTable';
import type { CorpusEntityData } from './corpusEntities';
import { facetKinds, type FacetKind, type FacetSelection } from './facetSelection';

// The faceted search (facetedSearch.ts, libraryIndex.ts) takes the selection helpers from here.
export { isEmptySelection, normalizeSelection, selectionParams, type FacetSelection } from './facetSelection';

export interface FacetValue {
  /** A language code (the unit's report's), an entity id for organisations and countries, `YYYY` for years, the section number for sections. */
  readonly value: string;
  readonly label: string;
  /** How many of the matching units have this value. */
  readonly count: number;
}

export type Facets = Readonly<Record<FacetKind, readonly FacetValue[]>>;

/** A country the corpus names only through its cities: its name from the country list. */
function countryName(code: string): string {
  const names = countriesByCode.get(code);
  return names?.zh[0] ?? names?.en[0] ?? code;
}

function emptyMaps<T>(): Record<FacetKind, Map<string, T>> {
  return { language: new Map(), organisation: new Map(), country: new Map(), year: new Map(), section: new Map() };
}

function valuesOf(data: CorpusEntityData, unitId: string): Record<FacetKind, Map<string, string>> {
  const values: Record<FacetKind, Map<string, string>> = emptyMaps();
  const row = data.activityByUnit.get(unitId);
  if (row === undefined) return values;
  // The label is the code: the view names languages in the interface's language (Intl).
  const language = data.reportLanguage.get(row.reportId);
  if (language !== undefined) values.language.set(language, language);
  for (const ref of row.organisations) values.organisation.set(ref.id, ref.name);
  for (const ref of row.places) {
    // A city counts for its country, so "Switzerland" also finds the paragraphs that name Geneva.
    const entity = data.index.entityById.get(ref.id);
    if (ref.kind === 'country') values.country.set(ref.id, ref.name);
    else if (entity?.country !== undefined) {
      const countryId = `country:${entity.country}`;
      values.country.set(countryId, data.index.entityById.get(countryId)?.names[0] ?? countryName(entity.country));
    }
  }
  for (const year of yearsOf(row)) values.year.set(year, year);
  if (row.section !== undefined) values.section.set(row.section.number, `${row.section.number} ${row.section.title}`);
  return values;
}

/** Whether a unit has every selected facet value. */
export function matchesFacets(data: CorpusEntityData, unitId: string, selection: FacetSelection): boolean {
  const values = valuesOf(data, unitId);
  return (Object.keys(selection) as FacetKind[]).every((kind) => {
    const wanted = selection[kind];
    return wanted === undefined || wanted === '' || values[kind].has(wanted);
  });
}

/** The facet values of the given units with their counts: most frequent first, then by label. */
export function facetsOf(data: CorpusEntityData, unitIds: readonly string[]): Facets {
  const counts = emptyMaps<{ label: string; count: number }>();
  for (const unitId of new Set(unitIds)) {
    const values = valuesOf(data, unitId);
    for (const kind of Object.keys(counts) as FacetKind[]) {
      for (const [value, label] of values[kind]) {
        const entry = counts[kind].get(value) ?? { label, count: 0 };
        entry.count += 1;
        counts[kind].set(value, entry);
      }
    }
  }
  const sorted = (map: Map<string, { label: string; count: number }>): FacetValue[] =>
    [...map].map(([value, { label, count }]) => ({ value, label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return {
    language: sorted(counts.language),
    organisation: sorted(counts.organisation),
    country: sorted(counts.country),
    year: sorted(counts.year),
    section: sorted(counts.section),
  };
}

type UnitFacetValues = Readonly<Record<FacetKind, readonly string[]>>;

/**
 * Every unit's facet values and every value's label, computed once per corpus: counting the
 * matches of each keystroke's query then allocates nothing per unit.
 */
export interface FacetIndex {
  readonly valuesByUnit: ReadonlyMap<string, UnitFacetValues>;
  readonly labels: Readonly<Record<FacetKind, ReadonlyMap<string, string>>>;
  readonly unitIds: readonly string[];
}

const noValues: UnitFacetValues = { language: [], organisation: [], country: [], year: [], section: [] };

/** The facet index of a corpus's entity data. */
export function buildFacetIndex(data: CorpusEntityData): FacetIndex {
  const valuesByUnit = new Map<string, UnitFacetValues>();
  const labels = emptyMaps<string>();
  for (const unitId of data.activityByUnit.keys()) {
    const values = valuesOf(data, unitId);
    for (const kind of facetKinds) for (const [value, label] of values[kind]) labels[kind].set(value, label);
    valuesByUnit.set(unitId, {
      language: [...values.language.keys()],
      organisation: [...values.organisation.keys()],
      country: [...values.country.keys()],
      year: [...values.year.keys()],
      section: [...values.section.keys()],
    });
  }
  return { valuesByUnit, labels, unitIds: [...data.unitText.keys()] };
}

/** The facets a unit fails under a selection: none means it passes. */
function failedKinds(values: UnitFacetValues, selection: FacetSelection): FacetKind[] {
  return facetKinds.filter((kind) => {
    const wanted = selection[kind];
    return wanted !== undefined && wanted !== '' && !values[kind].includes(wanted);
  });
}

/** Every unit of the corpus that has each selected value, in corpus order. */
export function unitsWithSelection(index: FacetIndex, selection: FacetSelection): string[] {
  return index.unitIds.filter((unitId) => failedKinds(index.valuesByUnit.get(unitId) ?? noValues, selection).length === 0);
}

/** Years and sections read best in their own order (2015, 2016; 3, 3.1, 10). */
function byValue(a: FacetValue, b: FacetValue): number {
  return a.value.localeCompare(b.value, 'en', { numeric: true });
}

/**
 * Facet values of the matching units with counts, each facet counted as if its own choice were
 * not made (the other facets still narrow): so a facet with a value chosen still offers its other
 * values to switch to, with the number of results each would give. A chosen value is always
 * listed, with a count of 0 when the query no longer finds it.
 */
export function countFacets(index: FacetIndex, unitIds: readonly string[], selection: FacetSelection): Facets {
  const counts = emptyMaps<number>();
  const add = (kind: FacetKind, values: readonly string[]): void => {
    for (const value of values) counts[kind].set(value, (counts[kind].get(value) ?? 0) + 1);
  };
  for (const unitId of unitIds) {
    const values = index.valuesByUnit.get(unitId) ?? noValues;
    const failed = failedKinds(values, selection);
    if (failed.length === 0) for (const kind of facetKinds) add(kind, values[kind]);
    else if (failed.length === 1) add(failed[0]!, values[failed[0]!]);
  }
  const listed = (kind: FacetKind): FacetValue[] => {
    const wanted = selection[kind];
    if (wanted !== undefined && wanted !== '' && !counts[kind].has(wanted)) counts[kind].set(wanted, 0);
    return [...counts[kind]]
      .map(([value, count]) => ({ value, label: index.labels[kind].get(value) ?? value, count }))
      .sort(kind === 'year' || kind === 'section' ? byValue : (a, b) => b.count - a.count || a.label.localeCompare(b.label));
  };
  return { language: listed('language'), organisation: listed('organisation'), country: listed('country'), year: listed('year'), section: listed('section') };
}
