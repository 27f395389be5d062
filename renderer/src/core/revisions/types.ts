/**
 * What comparing two revisions of a report gives: an ordered list of changes, one per paragraph
 * or group of paragraphs, that a "What changed" view renders as it is, and a count per kind.
 * Units are the parser's own objects (core/report/types.ts); only id, number, kind, text and
 * section are read.
 */
import type { Unit } from '../report/types';

/**
 * How a paragraph fared between two revisions.
 * - unchanged: same number, same text;
 * - changed: same number, text edited (see `inline`);
 * - renumbered: same or similar text, another number, still in the same order relative to the
 *   paragraphs around it (a paragraph inserted above shifts the numbers below it);
 * - moved: same or similar text, out of order relative to the paragraphs around it;
 * - split: one old paragraph became several consecutive new ones;
 * - merged: several consecutive old paragraphs became one;
 * - added / removed: no counterpart on the other side.
 */
export type ChangeKind = 'unchanged' | 'changed' | 'renumbered' | 'moved' | 'split' | 'merged' | 'added' | 'removed';

/** Every change kind, in the order a summary lists them. */
export const CHANGE_KINDS: readonly ChangeKind[] = ['changed', 'added', 'removed', 'moved', 'renumbered', 'split', 'merged', 'unchanged'];

/** A run of text in a word-by-word comparison: kept, inserted in the new text, or deleted from the old. */
export interface InlineSegment {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/** One entry of the comparison: the old unit(s), the new unit(s), and how one became the other. */
export interface RevisionChange {
  readonly kind: ChangeKind;
  /** The old revision's units: none for added, several for merged, one otherwise; in document order. */
  readonly old: readonly Unit[];
  /** The new revision's units: none for removed, several for split, one otherwise; in document order. */
  readonly new: readonly Unit[];
  /**
   * The texts compared word by word, present when both sides exist and their texts differ.
   * Applying it gives each side's texts joined by PARAGRAPH_BREAK (equal + delete = old,
   * equal + insert = new); `sideSegments` cuts it per unit.
   */
  readonly inline?: readonly InlineSegment[];
  /** How alike the two sides are (0–1, Dice coefficient of their words); 1 for identical texts, 0 for added or removed. */
  readonly similarity: number;
}

/** How many entries of each kind. */
export type ChangeSummary = Readonly<Record<ChangeKind, number>>;

/** The comparison of two revisions: entries in reading order of the new revision, removed units where they stood. */
export interface RevisionDiff {
  readonly summary: ChangeSummary;
  readonly changes: readonly RevisionChange[];
}

/** What diffing needs of a revision: its units in document order and its language (BCP 47). */
export interface RevisionText {
  readonly units: readonly Unit[];
  readonly language: string;
}
