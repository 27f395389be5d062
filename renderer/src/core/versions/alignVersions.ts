/**
 * Two language versions of one document side by side: their units paired by number (the same
 * number is the same paragraph in every version, core/report/types.ts), in reading order, with
 * a gap where one version lacks a unit the other has.
 */
import type { Unit } from '../report/types';

/** One row of the side-by-side view: a unit of each version, or of one with a gap on the other side. */
export interface AlignedRow {
  /** The unit number both sides share (or the one side's). */
  readonly number: string;
  readonly left?: Unit;
  readonly right?: Unit;
  /**
   * Paired by position only (neither version prints a number: `p.N`) and the two paragraphs'
   * shares of their documents differ by more than half: the pair may be wrong, and says so.
   */
  readonly isUncertain: boolean;
}

/** Units that have no printed number: their number is their position, a weaker reason to pair. */
function isPositional(number: string): boolean {
  return /^p\.\d+$/u.test(number);
}

/** How far apart two shares of a document may be before a positional pair is doubted (a factor of 2). */
const shareTolerance = 2;

/**
 * Pairs `left`'s and `right`'s units by number, in `left`'s reading order; a unit only `right`
 * has comes after the unit it follows there. Numbers are unique within a version (the parser
 * gives each unit its own), so each unit appears in exactly one row.
 */
export function alignVersions(left: readonly Unit[], right: readonly Unit[]): AlignedRow[] {
  const rightIndex = new Map(right.map((unit, index) => [unit.number, index]));
  const leftNumbers = new Set(left.map((unit) => unit.number));
  const totalLength = (units: readonly Unit[]): number => Math.max(1, units.reduce((sum, unit) => sum + unit.text.length, 0));
  const [leftTotal, rightTotal] = [totalLength(left), totalLength(right)];
  const isUncertain = (a: Unit, b: Unit): boolean => {
    if (!isPositional(a.number)) return false;
    const [shareA, shareB] = [Math.max(1, a.text.length) / leftTotal, Math.max(1, b.text.length) / rightTotal];
    return Math.max(shareA, shareB) / Math.min(shareA, shareB) > shareTolerance;
  };
  const rows: AlignedRow[] = [];
  let next = 0; // the first unit of `right` not yet placed
  const placeRightOnlyBefore = (end: number): void => {
    for (; next < end; next += 1) {
      const unit = right[next];
      // A unit both versions have is placed with its pair when `left` reaches it.
      if (unit !== undefined && !leftNumbers.has(unit.number)) rows.push({ number: unit.number, right: unit, isUncertain: false });
    }
  };
  for (const unit of left) {
    const at = rightIndex.get(unit.number);
    const pair = at === undefined ? undefined : right[at];
    if (at === undefined || pair === undefined) {
      rows.push({ number: unit.number, left: unit, isUncertain: false });
      continue;
    }
    if (at >= next) {
      placeRightOnlyBefore(at);
      next = at + 1;
    }
    rows.push({ number: unit.number, left: unit, right: pair, isUncertain: isUncertain(unit, pair) });
  }
  placeRightOnlyBefore(right.length);
  return rows;
}
