/**
 * Search facets over the entity data, the plain way: which organisations, countries, years and
 * sections the matching units mention, with counts, and the units that pass a chosen set of facet
 * values, keyed by unit id over the whole corpus's entity data. The search worker answers from
 * the compact index (ui/search/compactFacets.ts) instead, built from facets.json without the
 * entities; this is the definition its tests check it against.
 */
import { emptyFacetMaps, unitFacets } from '../../core/entities/unitFacets';
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

/** Whether a unit has every selected facet value. */
export function matchesFacets(data: CorpusEntityData, unitId: string, selection: FacetSelection): boolean {
  const values = unitFacets(data, unitId);
  return (Object.keys(selection) as FacetKind[]).every((kind) => {
    const wanted = selection[kind];
    return wanted === undefined || wanted === '' || values[kind].has(wanted);
  });
}

/** The facet values of the given units with their counts: most frequent first, then by label. */
export function facetsOf(data: CorpusEntityData, unitIds: readonly string[]): Facets {
  const counts = emptyFacetMaps<{ label: string; count: number }>();
  for (const unitId of new Set(unitIds)) {
    const values = unitFacets(data, unitId);
    for (const kind of Object.keys(counts) as FacetKind[]) {
      for (const [value, label] of values[kind]) {
        const entry = counts[kind].get(value) ?? { label, count: 0 };
        entry.count += 1;
        counts[kind].set(value, entry);
      }
    }
  }
  const sorted = (map: Map<string, { label: string; count: number }>): FacetValue[] =>
    [...map].map(([value, { label, count }]) => ({ value, label, count })).sort(byCount);
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
  const labels = emptyFacetMaps<string>();
  for (const unitId of data.activityByUnit.keys()) {
    const values = unitFacets(data, unitId);
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

/** Most frequent first, then by label. */
function byCount(a: FacetValue, b: FacetValue): number {
  return b.count - a.count || a.label.localeCompare(b.label);
}

/** How a facet's values are listed (the worker's compact index lists them the same way). */
export function facetValueOrder(kind: FacetKind): (a: FacetValue, b: FacetValue) => number {
  return kind === 'year' || kind === 'section' ? byValue : byCount;
}

/**
 * Facet values of the matching units with counts, each facet counted as if its own choice were
 * not made (the other facets still narrow): so a facet with a value chosen still offers its other
 * values to switch to, with the number of results each would give. A chosen value is always
 * listed, with a count of 0 when the query no longer finds it.
 */
export function countFacets(index: FacetIndex, unitIds: readonly string[], selection: FacetSelection): Facets {
  const counts = emptyFacetMaps<number>();
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
      .sort(facetValueOrder(kind));
  };
  return { language: listed('language'), organisation: listed('organisation'), country: listed('country'), year: listed('year'), section: listed('section') };
}
