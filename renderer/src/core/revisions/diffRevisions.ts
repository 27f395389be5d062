/**
 * Comparing two revisions of a report paragraph by paragraph (pairUnits.ts), naming each
 * change (types.ts' ChangeKind) and ordering the entries for reading: the new revision's order,
 * each removed paragraph after the entry of the old paragraph it followed.
 *
 * Moved or renumbered: of the one-to-one pairs, the largest set that kept its relative order
 * (a longest increasing subsequence of new positions taken in old order) stayed in place;
 * a pair outside it moved. A pair in place with another number was renumbered.
 */
import type { Unit } from '../report/types';
import { inlineDiff, PARAGRAPH_BREAK } from './inlineDiff';
import { pairUnits, type UnitGroup } from './pairUnits';
import { type ChangeKind, type ChangeSummary, type RevisionChange, type RevisionDiff, type RevisionText } from './types';

/** Positions (into `values`) of a longest strictly increasing subsequence; the earliest such on ties. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]!) kept.add(index);
  return kept;
}

/** Groups that kept their relative order, judged on their first old and first new positions. */
function groupsInPlace(groups: readonly UnitGroup[]): Set<UnitGroup> {
  const byOld = [...groups].sort((a, b) => a.old[0]! - b.old[0]!);
  const kept = longestIncreasing(byOld.map((group) => group.new[0]!));
  return new Set(byOld.filter((_, index) => kept.has(index)));
}

function kindOf(group: UnitGroup, isInPlace: boolean, oldUnits: readonly Unit[], newUnits: readonly Unit[]): ChangeKind {
  if (group.old.length > 1) return 'merged';
  if (group.new.length > 1) return 'split';
  if (!isInPlace) return 'moved';
  const before = oldUnits[group.old[0]!]!;
  const after = newUnits[group.new[0]!]!;
  if (before.number !== after.number) return 'renumbered';
  return before.text === after.text ? 'unchanged' : 'changed';
}

function joinedText(units: readonly Unit[]): string {
  return units.map((unit) => unit.text).join(PARAGRAPH_BREAK);
}

interface Placed {
  readonly change: RevisionChange;
  /** Reading position: a new position, or just after one (+0.5) for a removed unit. */
  readonly at: number;
  /** Old position, to order removed units that follow the same entry. */
  readonly oldAt: number;
}

/** Compares two revisions of a report: every old and new unit in exactly one entry, entries in reading order, counts per kind. */
export function diffRevisions(before: RevisionText, after: RevisionText): RevisionDiff {
  const oldUnits = before.units;
  const newUnits = after.units;
  const groups = pairUnits(oldUnits, newUnits);
  const inPlace = groupsInPlace(groups);
  const placed: Placed[] = [];
  // For each old position, where its entry is read, if it is in place (moved entries are no
  // landmark for the removed paragraphs around them).
  const landmark: Array<number | undefined> = oldUnits.map(() => undefined);
  for (const group of groups) {
    const kind = kindOf(group, inPlace.has(group), oldUnits, newUnits);
    const oldSide = group.old.map((index) => oldUnits[index]!);
    const newSide = group.new.map((index) => newUnits[index]!);
    const oldText = joinedText(oldSide);
    const newText = joinedText(newSide);
    const change: RevisionChange = {
      kind,
      old: oldSide,
      new: newSide,
      ...(oldText === newText ? {} : { inline: inlineDiff(oldText, newText, after.language) }),
      similarity: oldText === newText ? 1 : group.similarity,
    };
    placed.push({ change, at: group.new[0]!, oldAt: group.old[0]! });
    if (kind !== 'moved') for (const index of group.old) landmark[index] = group.new.at(-1)!;
  }
  const paired = new Uint8Array(newUnits.length);
  const pairedOld = new Uint8Array(oldUnits.length);
  for (const group of groups) {
    for (const index of group.new) paired[index] = 1;
    for (const index of group.old) pairedOld[index] = 1;
  }
  newUnits.forEach((unit, index) => {
    if (paired[index] === 0) placed.push({ change: { kind: 'added', old: [], new: [unit], similarity: 0 }, at: index, oldAt: -1 });
  });
  let lastLandmark = -1;
  oldUnits.forEach((unit, index) => {
    const at = landmark[index];
    if (at !== undefined) lastLandmark = at;
    if (pairedOld[index] === 0) placed.push({ change: { kind: 'removed', old: [unit], new: [], similarity: 0 }, at: lastLandmark + 0.5, oldAt: index });
  });
  placed.sort((a, b) => a.at - b.at || a.oldAt - b.oldAt);
  const changes = placed.map((entry) => entry.change);
  return { summary: summarize(changes), changes };
}

/** How many entries of each kind `changes` holds (every kind present, zero when none). */
export function summarize(changes: readonly RevisionChange[]): ChangeSummary {
  const counts: Record<ChangeKind, number> = { changed: 0, added: 0, removed: 0, moved: 0, renumbered: 0, split: 0, merged: 0, unchanged: 0 };
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}
