/**
 * The search worker's facet index: the facet tables of the library's runs of units (the bundled
 * ones from facets.json, the imported documents' computed from their own entities) with value
 * numbers shared across runs, counted in typed arrays. It answers as the plain definition over
 * the whole corpus's entity data does (ui/entities/searchFacets.ts: same counts, labels and order),
 * without the entities: at 10,000 documents those cost the worker hundreds of MB and seconds.
 */
import { facetKinds, perFacet, type FacetKind } from '../../core/entities/facetKinds';
import { countryListName } from '../../core/entities/unitFacets';
import type { FacetColumn, FacetTable } from '../../core/library/facetsFile';
import type { Unit } from '../../core/report/types';
import type { IndexedUnit } from '../../core/search/indexedUnit';
import type { FacetSelection } from '../entities/facetSelection';
import { facetValueOrder, type Facets, type FacetValue } from '../entities/searchFacets';
import type { FacetLabels } from './facetSums';

/** A unit as the facets find it: its report, its number, and its rank among its report's units (IndexedUnit.ordinal). */
export type FacetUnit = Pick<IndexedUnit, 'reportId' | 'number' | 'ordinal'>;

/** An engine's units by number (core/search/types.ts UnitNumbering), as much of them as facets read. */
export interface FacetNumbering {
  readonly count: number;
  unitAt(n: number): FacetUnit;
}

/** A run of units with its facet table: the bundled units, or the imported documents'. */
export interface FacetRun {
  readonly table: FacetTable;
  /** The run's units, in the table's order, each report's units together and in order. */
  readonly units: ReadonlyArray<Pick<Unit, 'reportId' | 'number'>>;
  /**
   * Each report's first position in the run: a unit's position is its report's plus its
   * ordinal. Not a map of unit ids: at 10,000 documents one kept 500,000 ids in the worker.
   */
  readonly starts: ReadonlyMap<string, number>;
  /** Per position, 1 for a unit no longer in the library (its report removed or replaced); none hidden when absent. */
  readonly hidden?: Uint8Array;
}

/** A run of these units, in order (each report's units together), with their reports' first positions. */
export function facetRun(table: FacetTable, units: ReadonlyArray<Pick<Unit, 'reportId' | 'number'>>, hidden?: Uint8Array): FacetRun {
  if (units.length !== table.unitCount) throw new Error(`a facet table of ${table.unitCount} units given ${units.length} units`);
  if (units.length >= runStride) throw new Error(`a facet run of ${units.length} units`);
  const starts = new Map<string, number>();
  for (let position = 0; position < units.length; position++) {
    const { reportId } = units[position]!;
    if (position > 0 && units[position - 1]!.reportId === reportId) continue;
    if (starts.has(reportId)) throw new Error(`the units of report ${reportId} are not together in a facet run`);
    starts.set(reportId, position);
  }
  return { table, units, starts, ...(hidden === undefined ? {} : { hidden }) };
}

/**
 * Where a unit is, as one number: its run times runStride plus its position in the run (noPlace
 * for a unit not in the library). A number, not an object: counting facets places every matching
 * unit, 330,000 of them for a broad query at 10,000 documents.
 */
const runStride = 2 ** 26;
const noPlace = -1;
/** A unit whose place is not yet worked out (NumberedPlaces). */
const unknownPlace = -2;

/** Each unit's place by its number in an engine's numbering, worked out when first needed and kept. */
interface NumberedPlaces {
  readonly numbering: FacetNumbering;
  places: Int32Array;
}

/** A run's units' values of every facet: unit u's are values[offsets[u]] up to values[offsets[u + 1]] (excluded). */
interface UnitValues {
  readonly offsets: Uint32Array;
  readonly values: Uint8Array | Uint16Array | Uint32Array;
}

/** Facet counts made a unit at a time: `add` each matching unit, then read `facets`. */
export interface FacetCounting {
  /** Counts the unit with this number (in the numbering counting was asked for). */
  readonly add: (n: number) => void;
  readonly facets: () => Facets;
}

/** For a selection, the value number chosen in each facet: none, one, or a value no unit has. */
const notChosen = -1;
const unknownValue = -2;

interface Chosen {
  readonly values: Record<FacetKind, number>;
  /** The facets with a value chosen. */
  readonly kinds: readonly FacetKind[];
}

export class CompactFacetIndex {
  /** Per facet, each value's number. */
  private readonly valueNumbers: Record<FacetKind, Map<string, number>> = perFacet(() => new Map());
  private readonly values: Record<FacetKind, string[]> = perFacet(() => []);
  /** Per facet and value number, the label the library's units give it; undefined where no unit in the library has it. */
  private readonly labels: Record<FacetKind, Array<string | undefined>> = perFacet(() => []);
  /** Per run and facet, each entry's value number. */
  private readonly entryValues: ReadonlyArray<Record<FacetKind, Uint32Array>>;
  /** Where each facet's values start among all facets' (a value's number across facets is its facet's start plus its own). */
  private readonly kindStarts: Record<FacetKind, number>;
  /** How many values all facets have. */
  private readonly valueCount: number;
  /** Per run, every facet's values of each unit in one list, numbered across facets: what counting without a selection walks. */
  private readonly allValues: readonly UnitValues[];
  /** Per run, the report whose start was last looked up, and that start (matches come a report at a time). */
  private readonly lastStarts: Array<{ reportId: string | undefined; start: number | undefined }>;
  /**
   * The places of the engine's units by number, for its current numbering: a broad query's
   * facets are counted over 360,000 units at 10,000 documents, and finding each one's place
   * from its unit object (its report's start, its rank) was a fifth of such a keystroke.
   */
  private numbered: NumberedPlaces | null = null;

  constructor(private readonly runs: readonly FacetRun[]) {
    this.entryValues = runs.map((run) => perFacet((kind) => this.numberEntries(kind, run.table.columns[kind])));
    this.labelValues();
    let start = 0;
    this.kindStarts = perFacet((kind) => {
      const kindStart = start;
      start += this.values[kind].length;
      return kindStart;
    });
    this.valueCount = start;
    this.allValues = runs.map((run, r) => this.unitValues(run, r, start));
    this.lastStarts = runs.map(() => ({ reportId: undefined, start: undefined }));
  }

  /**
   * A run's units' values of every facet, in one list: counting a broad query's facets walks
   * 360,000 units at 10,000 documents, and reading five tables per unit took 100–140 ms of it.
   */
  private unitValues(run: FacetRun, r: number, valueCount: number): UnitValues {
    const { unitCount, columns } = run.table;
    const entryCount = facetKinds.reduce((sum, kind) => sum + columns[kind].entries.length, 0);
    // A facet at a time, each unit's values after those of the facets before: reading five
    // tables per unit in one loop took 127 ms at 10,000 documents in Node, this 47.
    const offsets = new Uint32Array(unitCount + 1);
    for (const kind of facetKinds) {
      const kindOffsets = columns[kind].offsets;
      for (let position = 0; position < unitCount; position++) offsets[position + 1]! += kindOffsets[position + 1]! - kindOffsets[position]!;
    }
    for (let position = 0; position < unitCount; position++) offsets[position + 1]! += offsets[position]!;
    const values = valueCount <= 2 ** 8 ? new Uint8Array(entryCount) : valueCount <= 2 ** 16 ? new Uint16Array(entryCount) : new Uint32Array(entryCount);
    const next = offsets.slice(0, unitCount);
    for (const kind of facetKinds) {
      const { offsets: kindOffsets, entries } = columns[kind];
      const entryValues = this.entryValues[r]![kind];
      const kindStart = this.kindStarts[kind];
      for (let position = 0; position < unitCount; position++) {
        for (let entry = kindOffsets[position]!; entry < kindOffsets[position + 1]!; entry++) values[next[position]!++] = kindStart + entryValues[entries[entry]!]!;
      }
    }
    return { offsets, values };
  }

  private numberEntries(kind: FacetKind, column: FacetColumn): Uint32Array {
    const numbers = this.valueNumbers[kind];
    return Uint32Array.from(column.values, (value) => {
      let number = numbers.get(value);
      if (number === undefined) {
        number = this.values[kind].length;
        numbers.set(value, number);
        this.values[kind].push(value);
        this.labels[kind].push(undefined);
      }
      return number;
    });
  }

  /**
   * Each value's label as the corpus's entity data gives it: an entity's name is the one of the
   * first document part that has the entity (the bundled corpus names it for every view), so the
   * first unit in corpus order gives it, except that a part naming a country only through its
   * cities gives the country list's name, which any part with the country's entity overrides; a
   * section's heading is the last unit's, as the plain index keeps it.
   */
  private labelValues(): void {
    for (const kind of facetKinds) {
      const valueLabels = this.labels[kind];
      const isListName = new Uint8Array(valueLabels.length);
      const isLastKept = kind === 'section';
      const isCountry = kind === 'country';
      for (let r = 0; r < this.runs.length; r++) {
        const run = this.runs[r]!;
        const { offsets, entries, labels } = run.table.columns[kind];
        const entryValues = this.entryValues[r]![kind];
        const hidden = run.hidden;
        for (let position = 0; position < run.table.unitCount; position++) {
          if (hidden !== undefined && hidden[position] === 1) continue;
          for (let at = offsets[position]!; at < offsets[position + 1]!; at++) {
            const entry = entries[at]!;
            const value = entryValues[entry]!;
            const label = labels[entry];
            if (isLastKept || valueLabels[value] === undefined) valueLabels[value] = label;
            else if (isCountry && isListName[value] === 1 && label !== valueLabels[value]) valueLabels[value] = label;
            else continue;
            isListName[value] = isCountry && label === countryListName(this.values[kind][value]!) ? 1 : 0;
          }
        }
      }
    }
  }

  /** The first position of a report's units in a run (undefined: none there), remembered for the units that follow. */
  private startOf(r: number, reportId: string): number | undefined {
    const start = this.runs[r]!.starts.get(reportId);
    this.lastStarts[r] = { reportId, start };
    return start;
  }

  /** Where the unit is shown (noPlace: not in the library). */
  private place(unit: FacetUnit): number {
    // A report imported again under its id has the same units as the bundled one it hides.
    for (let r = 0; r < this.runs.length; r++) {
      const { units, hidden } = this.runs[r]!;
      // Units come a report at a time: its start is looked up once for all of them.
      const lastStart = this.lastStarts[r]!;
      const start = lastStart.reportId === unit.reportId ? lastStart.start : this.startOf(r, unit.reportId);
      if (start === undefined) continue;
      const position = start + unit.ordinal;
      const found = units[position];
      if (found === undefined || found.reportId !== unit.reportId || found.number !== unit.number) continue;
      if (hidden === undefined || hidden[position] !== 1) return r * runStride + position;
    }
    return noPlace;
  }

  /** Where the unit with this id is shown (noPlace: not in the library); for the few units the page names by id (notes). */
  private placeOfId(id: string): number {
    // A report id may hold a colon: try each.
    for (let colon = id.indexOf(':'); colon !== -1; colon = id.indexOf(':', colon + 1)) {
      const reportId = id.slice(0, colon);
      const number = id.slice(colon + 1);
      for (const { units, starts } of this.runs) {
        const start = starts.get(reportId);
        if (start === undefined) continue;
        for (let position = start; units[position]?.reportId === reportId; position++) {
          if (units[position]!.number !== number) continue;
          const place = this.place({ reportId, number, ordinal: position - start });
          if (place !== noPlace) return place;
        }
      }
    }
    return noPlace;
  }

  private chosen(selection: FacetSelection): Chosen {
    const values = perFacet((kind) => {
      const wanted = selection[kind];
      if (wanted === undefined || wanted === '') return notChosen;
      return this.valueNumbers[kind].get(wanted) ?? unknownValue;
    });
    return { values, kinds: facetKinds.filter((kind) => values[kind] !== notChosen) };
  }

  private hasValue(place: number, kind: FacetKind, value: number): boolean {
    const run = Math.floor(place / runStride);
    const position = place % runStride;
    const { offsets, entries } = this.runs[run]!.table.columns[kind];
    const entryValues = this.entryValues[run]![kind];
    for (let at = offsets[position]!; at < offsets[position + 1]!; at++) if (entryValues[entries[at]!] === value) return true;
    return false;
  }

  /** Which chosen facets a unit fails: none (it passes), the one it fails, or several (allocates nothing: it runs per matching unit). */
  private failure(place: number, chosen: Chosen): FacetKind | 'none' | 'several' {
    let failed: FacetKind | 'none' = 'none';
    for (const kind of chosen.kinds) {
      if (this.hasValue(place, kind, chosen.values[kind])) continue;
      if (failed !== 'none') return 'several';
      failed = kind;
    }
    return failed;
  }

  /**
   * Whether a unit of the library has each selected value: worked out once for every unit, so
   * that the engine's candidates, all of a broad query's, each cost a look-up.
   */
  selectionFilter(selection: FacetSelection, numbering: FacetNumbering): (n: number) => boolean {
    const chosen = this.chosen(selection);
    const passing = this.runs.map(({ table, hidden }, run) =>
      Uint8Array.from({ length: table.unitCount }, (_, position) => (hidden?.[position] !== 1 && this.failure(run * runStride + position, chosen) === 'none' ? 1 : 0)),
    );
    const places = this.placesIn(numbering);
    return (n) => {
      const place = this.placeOfNumber(places, n);
      return place !== noPlace && passing[Math.floor(place / runStride)]![place % runStride] === 1;
    };
  }

  /** Works out the place of every unit of the numbering now, so that the first faceted queries need not. */
  placeAll(numbering: FacetNumbering): void {
    const places = this.placesIn(numbering);
    for (let n = 0; n < numbering.count; n++) this.placeOfNumber(places, n);
  }

  /** The places kept for this numbering, with room for every unit it numbers; made anew for another numbering. */
  private placesIn(numbering: FacetNumbering): NumberedPlaces {
    const numbered = this.numbered?.numbering === numbering ? this.numbered : { numbering, places: new Int32Array(0) };
    if (numbered.places.length < numbering.count) {
      const grown = new Int32Array(numbering.count).fill(unknownPlace);
      grown.set(numbered.places);
      numbered.places = grown;
    }
    this.numbered = numbered;
    return numbered;
  }

  /** The place of unit n, worked out the first time it is asked for in its numbering. */
  private placeOfNumber(numbered: NumberedPlaces, n: number): number {
    const { places } = numbered;
    let place = places[n]!;
    if (place === unknownPlace) {
      place = this.place(numbered.numbering.unitAt(n));
      places[n] = place;
    }
    return place;
  }

  /** The units with these ids that have every selected value (units not in the library have none). */
  /** Each value some unit of the library has, with its label: what a library searched in parts merges (facetSums.ts). */
  valueLabels(): FacetLabels {
    return perFacet((kind) => {
      const labelled: Array<readonly [string, string]> = [];
      this.labels[kind].forEach((label, value) => {
        if (label !== undefined) labelled.push([this.values[kind][value]!, label]);
      });
      return labelled;
    });
  }

  unitsWithFacets(selection: FacetSelection, unitIds: readonly string[]): string[] {
    const chosen = this.chosen(selection);
    return unitIds.filter((unitId) => {
      const place = this.placeOfId(unitId);
      return place !== noPlace && this.failure(place, chosen) === 'none';
    });
  }

  /**
   * Facet values of the matching units with counts, each facet counted as if its own choice were
   * not made (the other facets still narrow): so a facet with a value chosen still offers its other
   * values to switch to, with the number of results each would give. A chosen value is always
   * listed, with a count of 0 when the query no longer finds it. Values are listed in the order
   * the units first give them before sorting, so that ties keep the plain definition's order.
   * The units are given one at a time by their numbers in `numbering`, as the engine finds them
   * (its onMatch), without a list of them.
   */
  facetCounting(selection: FacetSelection, numbering: FacetNumbering): FacetCounting {
    const chosen = this.chosen(selection);
    const places = this.placesIn(numbering);
    const counts = new Uint32Array(this.valueCount);
    // Value numbers across facets, in the order the units first give them.
    const order: number[] = [];
    const count = (value: number): void => {
      if (counts[value] === 0) order.push(value);
      counts[value]! += 1;
    };
    const addKind = (place: number, kind: FacetKind): void => {
      const run = Math.floor(place / runStride);
      const position = place % runStride;
      const { offsets, entries } = this.runs[run]!.table.columns[kind];
      const entryValues = this.entryValues[run]![kind];
      const kindStart = this.kindStarts[kind];
      for (let at = offsets[position]!; at < offsets[position + 1]!; at++) count(kindStart + entryValues[entries[at]!]!);
    };
    const add = (n: number): void => {
      const place = this.placeOfNumber(places, n);
      if (place === noPlace) return;
      if (chosen.kinds.length === 0) {
        // Every value of the unit counts: one list, not five tables.
        const { offsets, values } = this.allValues[Math.floor(place / runStride)]!;
        const position = place % runStride;
        for (let at = offsets[position]!; at < offsets[position + 1]!; at++) count(values[at]!);
        return;
      }
      const failed = this.failure(place, chosen);
      if (failed === 'none') for (const kind of facetKinds) addKind(place, kind);
      else if (failed !== 'several') addKind(place, failed);
    };
    const facets = (): Facets =>
      perFacet((kind) => {
        const kindStart = this.kindStarts[kind];
        const kindEnd = kindStart + this.values[kind].length;
        const listed: FacetValue[] = [];
        for (const numbered of order) {
          if (numbered < kindStart || numbered >= kindEnd) continue;
          const value = numbered - kindStart;
          listed.push({ value: this.values[kind][value]!, label: this.labels[kind][value] ?? this.values[kind][value]!, count: counts[numbered]! });
        }
        const wanted = selection[kind];
        const value = chosen.values[kind];
        if (wanted !== undefined && wanted !== '' && (value < 0 || counts[kindStart + value] === 0)) {
          listed.push({ value: wanted, label: (value < 0 ? undefined : this.labels[kind][value]) ?? wanted, count: 0 });
        }
        return listed.sort(facetValueOrder(kind));
      });
    return { add, facets };
  }
}
