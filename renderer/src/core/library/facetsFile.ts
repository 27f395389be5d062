/**
 * The search facets of the bundled units (facets.json), so that the search worker counts facets
 * without reading the entities: per facet, a table of distinct (value, label) entries and each
 * unit's entries by number. Units are not named: the file holds every unit of the library's
 * documents in corpus order, the order of the segments' units (as entities.json does), and a file
 * of another length is refused. In memory the same table is kept in typed arrays (compressed
 * sparse rows: a unit's entries are `entries[offsets[u]]` to `entries[offsets[u + 1]]`).
 */
import { perFacet, type FacetKind } from '../entities/facetKinds';
import type { UnitFacets } from '../entities/unitFacets';
import { isJsonObject } from '../json/jsonValidation';

export const FACETS_FILE_FORMAT = 'kb-facets/1';

/** One facet over a run of units. */
export interface FacetColumn {
  /** Each entry's value and label, side by side: a value may have several labels (section 1's heading differs by report). */
  readonly values: readonly string[];
  readonly labels: readonly string[];
  /** Unit u's entries are entries[offsets[u]] up to entries[offsets[u + 1]] (excluded). */
  readonly offsets: Uint32Array;
  readonly entries: Uint32Array;
}

/** The facets of a run of units, in their order. */
export interface FacetTable {
  readonly unitCount: number;
  readonly columns: Readonly<Record<FacetKind, FacetColumn>>;
}

/** A facet as written: each unit's number of entries rather than offsets. */
export interface FacetsFileColumn {
  readonly values: readonly string[];
  readonly labels: readonly string[];
  readonly counts: readonly number[];
  readonly entries: readonly number[];
}

export interface FacetsFile {
  readonly format: typeof FACETS_FILE_FORMAT;
  /** How many units the file describes: every unit of the library's documents. */
  readonly units: number;
  readonly columns: Readonly<Record<FacetKind, FacetsFileColumn>>;
}

/** A facets file that is damaged or does not fit the library. */
export class FacetsFileError extends Error {
  override readonly name = 'FacetsFileError';
}

function columnOf(units: readonly UnitFacets[], kind: FacetKind): FacetColumn {
  const values: string[] = [];
  const labels: string[] = [];
  // Entry numbers by value, then label: most values have one label.
  const numbers = new Map<string, Map<string, number>>();
  const offsets = new Uint32Array(units.length + 1);
  const entries: number[] = [];
  for (const [n, unit] of units.entries()) {
    for (const [value, label] of unit[kind]) {
      let byLabel = numbers.get(value);
      if (byLabel === undefined) numbers.set(value, (byLabel = new Map()));
      let entry = byLabel.get(label);
      if (entry === undefined) {
        entry = values.length;
        byLabel.set(label, entry);
        values.push(value);
        labels.push(label);
      }
      entries.push(entry);
    }
    offsets[n + 1] = entries.length;
  }
  return { values, labels, offsets, entries: Uint32Array.from(entries) };
}

/** The table of these units' facets, in their order. */
export function facetTable(units: readonly UnitFacets[]): FacetTable {
  return { unitCount: units.length, columns: perFacet((kind) => columnOf(units, kind)) };
}

function concatColumns(columns: readonly FacetColumn[], unitCount: number): FacetColumn {
  const offsets = new Uint32Array(unitCount + 1);
  const entries = new Uint32Array(columns.reduce((sum, column) => sum + column.entries.length, 0));
  const values: string[] = [];
  const labels: string[] = [];
  let unit = 0;
  let at = 0;
  for (const column of columns) {
    const first = values.length;
    values.push(...column.values);
    labels.push(...column.labels);
    for (let n = 0; n < column.entries.length; n++) entries[at + n] = first + column.entries[n]!;
    for (let u = 1; u < column.offsets.length; u++) offsets[unit + u] = at + column.offsets[u]!;
    unit += column.offsets.length - 1;
    at += column.entries.length;
  }
  return { values, labels, offsets, entries };
}

/** One table of several runs of units, one after the other (the same value in two runs keeps two entries). */
export function concatFacetTables(tables: readonly FacetTable[]): FacetTable {
  const unitCount = tables.reduce((sum, table) => sum + table.unitCount, 0);
  return { unitCount, columns: perFacet((kind) => concatColumns(tables.map((table) => table.columns[kind]), unitCount)) };
}

/** The units `start` to `end` (excluded) of a table: a part of a library searched in parts. The whole table is given back as it is. */
export function sliceFacetTable(table: FacetTable, start: number, end: number): FacetTable {
  if (start < 0 || end > table.unitCount || start > end) throw new FacetsFileError(`units ${start} to ${end} asked of a facet table of ${table.unitCount}`);
  if (start === 0 && end === table.unitCount) return table;
  const slice = ({ values, labels, offsets, entries }: FacetColumn): FacetColumn => {
    const first = offsets[start]!;
    // Values and labels stay whole: entries number them.
    return { values, labels, offsets: offsets.subarray(start, end + 1).map((offset) => offset - first), entries: entries.slice(first, offsets[end]!) };
  };
  return { unitCount: end - start, columns: perFacet((kind) => slice(table.columns[kind])) };
}

/** The file of a table. */
export function packFacets(table: FacetTable): FacetsFile {
  const pack = ({ values, labels, offsets, entries }: FacetColumn): FacetsFileColumn => ({
    values,
    labels,
    counts: Array.from({ length: table.unitCount }, (_, unit) => offsets[unit + 1]! - offsets[unit]!),
    entries: [...entries],
  });
  return { format: FACETS_FILE_FORMAT, units: table.unitCount, columns: perFacet((kind) => pack(table.columns[kind])) };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function readColumn(kind: FacetKind, value: unknown, unitCount: number): FacetColumn {
  if (!isJsonObject(value)) throw new FacetsFileError(`the ${kind} facet is missing`);
  const { values, labels, counts, entries } = value;
  if (!isStringArray(values) || !isStringArray(labels) || values.length !== labels.length) {
    throw new FacetsFileError(`the ${kind} facet's values and labels are not two lists of text of one length`);
  }
  if (!Array.isArray(counts) || counts.length !== unitCount || !Array.isArray(entries)) {
    throw new FacetsFileError(`the ${kind} facet does not list ${unitCount} units (was the file built with another library?)`);
  }
  const offsets = new Uint32Array(unitCount + 1);
  for (let unit = 0; unit < unitCount; unit++) {
    const count: unknown = counts[unit];
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new FacetsFileError(`the ${kind} facet's count of unit ${unit} is not a number of entries`);
    offsets[unit + 1] = offsets[unit]! + count;
  }
  if (offsets[unitCount] !== entries.length) throw new FacetsFileError(`the ${kind} facet's counts add up to ${offsets[unitCount]}, its entries are ${entries.length}`);
  const read = new Uint32Array(entries.length);
  for (const [n, entry] of entries.entries()) {
    if (typeof entry !== 'number' || !Number.isInteger(entry) || entry < 0 || entry >= values.length) throw new FacetsFileError(`the ${kind} facet's entry ${n} is not one of its values`);
    read[n] = entry;
  }
  return { values, labels, offsets, entries: read };
}

/** The table in a facets file of `unitCount` units; a FacetsFileError says what is wrong with it. */
export function readFacetsFile(value: unknown, unitCount: number): FacetTable {
  if (!isJsonObject(value) || value.format !== FACETS_FILE_FORMAT || !isJsonObject(value.columns)) throw new FacetsFileError('is not a facets file');
  if (value.units !== unitCount) throw new FacetsFileError(`describes ${String(value.units)} units, the library has ${unitCount} (was the file built with another library?)`);
  const columns = value.columns;
  return {
    unitCount,
    columns: perFacet((kind) => readColumn(kind, columns[kind], unitCount)),
  };
}
