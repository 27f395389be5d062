/**
 * The units of the index in collection order, with what verification reads of each: its
 * normalised text, whether folding it changes letters (accents) or only drops separators, and,
 * for a unit whose folding changes letters, its folded text, made on first use and kept. The
 * others are searched folded as they are (foldedOccurrences in fold.ts). These can also be made
 * ahead, a bounded batch at a time (prepareNext), so that the first query to meet a unit does not
 * pay for them: a one-letter query meets half the library. Preparing a unit also compacts it: it
 * lets its printed text go for a patch (IndexedUnit).
 */
import { fold, foldsLetters } from '../text/fold';
import type { IndexedUnit } from './indexedUnit';

export class UnitTexts {
  private units: IndexedUnit[];
  /**
   * Each unit's normalised text once read, beside the units: verification reads it for every
   * candidate, and one array of them is fewer cache misses than a field of scattered objects.
   */
  private normalized: Array<string | undefined>;
  private folded: Array<string | undefined>;
  /** Per unit: 0 not yet known, 1 folding changes no letter of its text (it may drop separators), 2 it changes letters (foldsLetters). */
  private letterFolding: Uint8Array;
  /**
   * Each unit's text length, which ranking reads for every matching unit: read from the unit
   * objects, scattered across the heap, it cost a broad query at 1,000 reports a third as much as
   * verifying its candidates.
   */
  private lengths: Int32Array;
  /** Units 0…preparedUpTo-1 have their folded form made and are compacted. */
  private preparedUpTo = 0;

  constructor(units: readonly IndexedUnit[] = []) {
    this.units = [...units];
    this.normalized = new Array<string | undefined>(units.length);
    this.folded = new Array<string | undefined>(units.length);
    this.lengths = Int32Array.from(units, (unit) => unit.length);
    this.letterFolding = new Uint8Array(units.length);
  }

  /** Number of units held. */
  get count(): number {
    return this.units.length;
  }

  /** The unit numbered n. */
  unitAt(n: number): IndexedUnit {
    return this.units[n]!;
  }

  /** The text length of the unit numbered n. */
  lengthOf(n: number): number {
    return this.lengths[n]!;
  }

  /** Adds units after the last one (a new search segment's). */
  append(units: readonly IndexedUnit[]): void {
    const count = this.units.length + units.length;
    if (count > this.lengths.length) {
      const grown = new Int32Array(Math.max(count, this.lengths.length * 2));
      grown.set(this.lengths.subarray(0, this.units.length));
      this.lengths = grown;
      const folding = new Uint8Array(grown.length);
      folding.set(this.letterFolding.subarray(0, this.units.length));
      this.letterFolding = folding;
    }
    for (const unit of units) {
      this.lengths[this.units.length] = unit.length;
      this.units.push(unit);
      this.normalized.push(undefined);
      this.folded.push(undefined);
    }
  }

  /** Keeps only the units for which `isKept(n)`, in order, with their cached texts (a merge renumbering them). */
  retain(isKept: (n: number) => boolean): void {
    const units: IndexedUnit[] = [];
    const normalized: Array<string | undefined> = [];
    const folded: Array<string | undefined> = [];
    const folding: number[] = [];
    for (let n = 0; n < this.units.length; n++) {
      if (!isKept(n)) continue;
      units.push(this.units[n]!);
      normalized.push(this.normalized[n]);
      folded.push(this.folded[n]);
      folding.push(this.letterFolding[n]!);
    }
    this.units = units;
    this.normalized = normalized;
    this.folded = folded;
    this.lengths = Int32Array.from(units, (unit) => unit.length);
    this.letterFolding = Uint8Array.from(folding);
    // Renumbered: prepareNext walks again from the start, past the forms already made.
    this.preparedUpTo = 0;
  }

  /**
   * Compacts the next `count` units not yet prepared and makes the folded forms of those whose
   * folding changes letters (the others are searched folded as they are); false once every unit
   * is prepared.
   */
  prepareNext(count: number): boolean {
    const end = Math.min(this.units.length, this.preparedUpTo + count);
    for (let n = this.preparedUpTo; n < end; n++) {
      // Compacting normalises the text to make its patch: what follows reads that, not a second normalisation.
      this.units[n]!.compact();
      if (this.foldsLettersOf(n)) this.foldedOf(n);
    }
    this.preparedUpTo = end;
    return end < this.units.length;
  }

  /** The unit's text, normalised for search (made on first use). */
  normalizedOf(n: number): string {
    let text = this.normalized[n];
    if (text === undefined) {
      text = this.units[n]!.normalized;
      this.normalized[n] = text;
    }
    return text;
  }

  /** Whether folding the unit's normalised text changes letters (foldsLetters), not only drops separators. */
  foldsLettersOf(n: number): boolean {
    let folding = this.letterFolding[n]!;
    if (folding === 0) {
      folding = foldsLetters(this.normalizedOf(n)) ? 2 : 1;
      this.letterFolding[n] = folding;
    }
    return folding === 2;
  }

  /** The unit's normalised text, folded. */
  foldedOf(n: number): string {
    let text = this.folded[n];
    if (text === undefined) {
      text = fold(this.normalizedOf(n));
      this.folded[n] = text;
    }
    return text;
  }
}

/** How many times `needle` occurs in `text`, without overlaps. */
export function countOccurrences(text: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
