/**
 * The search facets of a unit (language, organisation, country, year, section), each value with
 * its label, read from its activity row. One definition for the build, which writes every bundled
 * unit's values to facets.json (core/library/facetsFile.ts), and for the app, which computes them
 * for imported documents and, in ui/entities/searchFacets.ts, counts them the plain way.
 */
import { buildUnitRows, yearsOf } from './activities';
import { countriesByCode } from './countryNames';
import { buildEntityIndex, type EntityIndex } from './entityIndex';
import type { FacetKind } from './facetKinds';
import type { Report } from '../report/types';
import type { ActivityRow, CorpusEntities } from './types';

/** A unit's values per facet, each with its label. */
export type UnitFacets = Readonly<Record<FacetKind, ReadonlyMap<string, string>>>;

/** What a unit's facets are read from: the corpus's activity rows, entity look-ups and report languages. */
export interface FacetSource {
  readonly index: EntityIndex;
  readonly activityByUnit: ReadonlyMap<string, ActivityRow>;
  readonly reportLanguage: ReadonlyMap<string, string>;
}

/** A country the corpus names only through its cities: its name from the country list (by its entity id, `country:CH`). */
export function countryListName(countryId: string): string {
  return countryName(countryId.slice('country:'.length));
}

function countryName(code: string): string {
  const names = countriesByCode.get(code);
  return names?.zh[0] ?? names?.en[0] ?? code;
}

/** One empty map per facet. */
export function emptyFacetMaps<T>(): Record<FacetKind, Map<string, T>> {
  return { language: new Map(), organisation: new Map(), country: new Map(), year: new Map(), section: new Map() };
}

/** A unit's facet values with their labels (none for a unit the source has no row for). */
export function unitFacets(source: FacetSource, unitId: string): UnitFacets {
  const values = emptyFacetMaps<string>();
  const row = source.activityByUnit.get(unitId);
  if (row === undefined) return values;
  // The label is the code: the view names languages in the interface's language (Intl).
  const language = source.reportLanguage.get(row.reportId);
  if (language !== undefined) values.language.set(language, language);
  for (const ref of row.organisations) values.organisation.set(ref.id, ref.name);
  for (const ref of row.places) {
    // A city counts for its country, so "Switzerland" also finds the paragraphs that name Geneva.
    const entity = source.index.entityById.get(ref.id);
    if (ref.kind === 'country') values.country.set(ref.id, ref.name);
    else if (entity?.country !== undefined) {
      const countryId = `country:${entity.country}`;
      values.country.set(countryId, source.index.entityById.get(countryId)?.names[0] ?? countryName(entity.country));
    }
  }
  for (const year of yearsOf(row)) values.year.set(year, year);
  if (row.section !== undefined) values.section.set(row.section.number, `${row.section.number} ${row.section.title}`);
  return values;
}

/**
 * The facets of every unit of these reports, in corpus order, read from their entities: the
 * build's facets.json, and an imported document's facets in the app. The look-ups are those the
 * renderer's entity data makes (ui/entities/corpusEntities.ts), so the values are the same.
 */
export function corpusUnitFacets(reports: readonly Report[], entities: CorpusEntities): UnitFacets[] {
  const units = reports.flatMap((report) => report.units);
  const index = buildEntityIndex(entities, units.map((unit) => unit.id));
  const source: FacetSource = {
    index,
    activityByUnit: new Map(buildUnitRows(reports, index).map((row) => [row.unitId, row])),
    reportLanguage: new Map(reports.map((report) => [report.meta.id, report.meta.language])),
  };
  return units.map((unit) => unitFacets(source, unit.id));
}
