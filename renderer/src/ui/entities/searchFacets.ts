/**
 * Search facets over the entity data: which organisations, countries, years and sections the
 * matching units mention, with counts, and the units that pass a chosen set of facet values.
 * Pure and keyed by unit id, so the search view can apply it to all matching units (not only
 * the page of hits it shows) once it is wired in; it does not depend on the search code.
 */
import { yearsOf } from './activityTable';
import type { CorpusEntityData } from './corpusEntities';

export type FacetKind = 'organisation' | 'country' | 'year' | 'section';

export interface FacetValue {
  /** An entity id for organisations and countries, `YYYY` for years, the section number for sections. */
  readonly value: string;
  readonly label: string;
  /** How many of the matching units have this value. */
  readonly count: number;
}

export type Facets = Readonly<Record<FacetKind, readonly FacetValue[]>>;

/** The chosen value per facet; a missing facet does not narrow. */
export type FacetSelection = Readonly<Partial<Record<FacetKind, string>>>;

function valuesOf(data: CorpusEntityData, unitId: string): Record<FacetKind, Map<string, string>> {
  const values: Record<FacetKind, Map<string, string>> = { organisation: new Map(), country: new Map(), year: new Map(), section: new Map() };
  const row = data.activityByUnit.get(unitId);
  if (row === undefined) return values;
  for (const ref of row.organisations) values.organisation.set(ref.id, ref.name);
  for (const ref of row.places) {
    // A city counts for its country, so "Switzerland" also finds the paragraphs that name Geneva.
    const entity = data.index.entityById.get(ref.id);
    if (ref.kind === 'country') values.country.set(ref.id, ref.name);
    else if (entity?.country !== undefined) {
      const countryId = `country:${entity.country}`;
      values.country.set(countryId, data.index.entityById.get(countryId)?.names[0] ?? entity.country);
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
  const counts: Record<FacetKind, Map<string, { label: string; count: number }>> = {
    organisation: new Map(),
    country: new Map(),
    year: new Map(),
    section: new Map(),
  };
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
    organisation: sorted(counts.organisation),
    country: sorted(counts.country),
    year: sorted(counts.year),
    section: sorted(counts.section),
  };
}
