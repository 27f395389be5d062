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
import type { FacetSelection } from '../entities/facetSelection';
import { facetValueOrder, type Facets, type FacetValue } from '../entities/searchFacets';

/** A run of units with its facet table: the bundled units, or the imported documents'. */
export interface FacetRun {
  readonly table: FacetTable;
  /** The run's unit ids, in the table's order. */
  readonly unitIds: readonly string[];
  /** Each unit id's position in the run (made once for the bundled run: it has every bundled unit). */
  readonly positions: ReadonlyMap<string, number>;
  /** Per position, 1 for a unit no longer in the library (its report removed or replaced); none hidden when absent. */
  readonly hidden?: Uint8Array;
}

/** A run of these units, in order, with their positions. */
export function facetRun(table: FacetTable, unitIds: readonly string[], hidden?: Uint8Array): FacetRun {
  if (unitIds.length !== table.unitCount) throw new Error(`a facet table of ${table.unitCount} units given ${unitIds.length} unit ids`);
  const positions = new Map<string, number>();
  for (let position = 0; position < unitIds.length; position++) positions.set(unitIds[position]!, position);
  return { table, unitIds, positions, ...(hidden === undefined ? {} : { hidden }) };
}

/** Where a unit is: its run and position. */
interface Place {
  readonly run: number;
  readonly position: number;
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

  constructor(private readonly runs: readonly FacetRun[]) {
    this.entryValues = runs.map((run) => perFacet((kind) => this.numberEntries(kind, run.table.columns[kind])));
    this.labelValues();
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

  private place(unitId: string): Place | undefined {
    // A report imported again under its id has the same unit ids as the bundled one it hides.
    for (let run = 0; run < this.runs.length; run++) {
      const { positions, hidden } = this.runs[run]!;
      const position = positions.get(unitId);
      if (position !== undefined && (hidden === undefined || hidden[position] !== 1)) return { run, position };
    }
    return undefined;
  }

  private chosen(selection: FacetSelection): Chosen {
    const values = perFacet((kind) => {
      const wanted = selection[kind];
      if (wanted === undefined || wanted === '') return notChosen;
      return this.valueNumbers[kind].get(wanted) ?? unknownValue;
    });
    return { values, kinds: facetKinds.filter((kind) => values[kind] !== notChosen) };
  }

  private hasValue(place: Place, kind: FacetKind, value: number): boolean {
    const { offsets, entries } = this.runs[place.run]!.table.columns[kind];
    const entryValues = this.entryValues[place.run]![kind];
    for (let at = offsets[place.position]!; at < offsets[place.position + 1]!; at++) if (entryValues[entries[at]!] === value) return true;
    return false;
  }

  /** Which chosen facets a unit fails: none (it passes), the one it fails, or several (allocates nothing: it runs per matching unit). */
  private failure(place: Place, chosen: Chosen): FacetKind | 'none' | 'several' {
    let failed: FacetKind | 'none' = 'none';
    for (const kind of chosen.kinds) {
      if (this.hasValue(place, kind, chosen.values[kind])) continue;
      if (failed !== 'none') return 'several';
      failed = kind;
    }
    return failed;
  }

  /** Every unit of the library that has each selected value, in corpus order. */
  unitsWithSelection(selection: FacetSelection): string[] {
    const chosen = this.chosen(selection);
    const passing: string[] = [];
    for (const [run, { unitIds, hidden }] of this.runs.entries()) {
      for (const [position, unitId] of unitIds.entries()) {
        if (hidden?.[position] !== 1 && this.failure({ run, position }, chosen) === 'none') passing.push(unitId);
      }
    }
    return passing;
  }

  /** The given units that have every selected value (units not in the library have none). */
  unitsWithFacets(selection: FacetSelection, unitIds: readonly string[]): string[] {
    const chosen = this.chosen(selection);
    return unitIds.filter((unitId) => {
      const place = this.place(unitId);
      return place !== undefined && this.failure(place, chosen) === 'none';
    });
  }

  /**
   * Facet values of the matching units with counts, each facet counted as if its own choice were
   * not made (the other facets still narrow): so a facet with a value chosen still offers its other
   * values to switch to, with the number of results each would give. A chosen value is always
   * listed, with a count of 0 when the query no longer finds it. Values are listed in the order
   * the units first give them before sorting, so that ties keep the plain definition's order.
   */
  countFacets(unitIds: readonly string[], selection: FacetSelection): Facets {
    const chosen = this.chosen(selection);
    const counts = perFacet((kind) => new Uint32Array(this.values[kind].length));
    const order = perFacet((): number[] => []);
    const add = (place: Place, kind: FacetKind): void => {
      const { offsets, entries } = this.runs[place.run]!.table.columns[kind];
      const entryValues = this.entryValues[place.run]![kind];
      const kindCounts = counts[kind];
      for (let at = offsets[place.position]!; at < offsets[place.position + 1]!; at++) {
        const value = entryValues[entries[at]!]!;
        if (kindCounts[value] === 0) order[kind].push(value);
        kindCounts[value]! += 1;
      }
    };
    for (const unitId of unitIds) {
      const place = this.place(unitId);
      if (place === undefined) continue;
      const failed = this.failure(place, chosen);
      if (failed === 'none') for (const kind of facetKinds) add(place, kind);
      else if (failed !== 'several') add(place, failed);
    }
    return perFacet((kind) => {
      const listed: FacetValue[] = order[kind].map((value) => ({
        value: this.values[kind][value]!,
        label: this.labels[kind][value] ?? this.values[kind][value]!,
        count: counts[kind][value]!,
      }));
      const wanted = selection[kind];
      const value = chosen.values[kind];
      if (wanted !== undefined && wanted !== '' && (value < 0 || counts[kind][value] === 0)) {
        listed.push({ value: wanted, label: (value < 0 ? undefined : this.labels[kind][value]) ?? wanted, count: 0 });
      }
      return listed.sort(facetValueOrder(kind));
    });
  }
}
