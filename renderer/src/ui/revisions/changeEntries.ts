/**
 * What the "What changed" view lists and how J/K step through it: every entry of the
 * comparison but the unchanged paragraphs, numbered from 1 in the new revision's reading order
 * (the number a deep link `#/changes/<old>/<new>/<n>` carries).
 */
import { PARAGRAPH_BREAK } from '../../core/revisions/inlineDiff';
import type { InlineSegment, RevisionChange, RevisionDiff } from '../../core/revisions/types';

/** The entries the view lists: every change but the unchanged paragraphs, in reading order. */
export function listedChanges(diff: RevisionDiff): readonly RevisionChange[] {
  return diff.changes.filter((change) => change.kind !== 'unchanged');
}

/**
 * The change J (`step` 1) or K (`step` -1) goes to from `current` (1-based; undefined before
 * the first key): J starts at the first change, K at the last; both stop at the ends.
 */
export function steppedChange(current: number | undefined, step: 1 | -1, count: number): number | undefined {
  if (count === 0) return undefined;
  if (current === undefined || current > count) return step === 1 ? 1 : count;
  return Math.min(count, Math.max(1, current + step));
}

/** A run of the text as the view draws it: kept, inserted (`<ins>`) or deleted (`<del>`). */
export interface DrawnSegment {
  readonly op: InlineSegment['op'];
  readonly text: string;
}

/**
 * The text of one entry as runs: the word-by-word comparison where there is one; else the new
 * text as inserted (added), the old text as deleted (removed), or the text as it is (moved or
 * renumbered unchanged). Paragraphs of a split or merge are separated by a line break.
 */
export function drawnSegments(change: RevisionChange): DrawnSegment[] {
  const joined = (units: RevisionChange['old']): string => units.map((unit) => unit.text).join('\n');
  const lines = (segment: InlineSegment): DrawnSegment => ({ op: segment.op, text: segment.text.replaceAll(PARAGRAPH_BREAK, '\n') });
  if (change.inline !== undefined) return change.inline.map(lines);
  if (change.new.length === 0) return [{ op: 'delete', text: joined(change.old) }];
  if (change.old.length === 0) return [{ op: 'insert', text: joined(change.new) }];
  return [{ op: 'equal', text: joined(change.new) }];
}
