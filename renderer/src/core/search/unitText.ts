/**
 * The normalised and folded forms of each unit's text, made on first use and kept: verification
 * reads them for every candidate, so they are computed once per unit, not once per query.
 */
import type { Unit } from '../report/types';
import { fold } from '../text/fold';
import { normalizeForSearch } from '../text/normalize';

export class UnitTexts {
  private readonly normalized: Array<string | undefined>;
  private readonly folded: Array<string | undefined>;

  constructor(private readonly units: readonly Unit[]) {
    this.normalized = new Array<string | undefined>(units.length);
    this.folded = new Array<string | undefined>(units.length);
  }

  /** The unit's text, normalised for search. */
  normalizedOf(n: number): string {
    let text = this.normalized[n];
    if (text === undefined) {
      text = normalizeForSearch(this.units[n]!.text);
      this.normalized[n] = text;
    }
    return text;
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
