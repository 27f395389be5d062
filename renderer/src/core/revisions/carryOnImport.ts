/**
 * Notes carried when a new revision is imported (issue 15): the notes that land exactly are
 * stored on the new revision in the same write as the document, with a record of where they
 * stood (as confirming them in the review would); every other note stays where it was, on the
 * old revision, and waits in the review list of "What changed". Nothing is moved silently.
 */
import type { Note } from '../notes/types';
import { carryNotes, confirmCarriedNote, type CarryInput } from './carryNotes';

/** What carrying at import gives: the notes to store, and how many wait for review. */
export interface CarriedOnImport {
  /** The exact landings, anchored on the new revision; the time of each note stays (carrying is not an edit). */
  readonly carried: readonly Note[];
  /** Notes left on the old revision for the delegate to review (moved, fuzzy or not found). */
  readonly toReview: number;
}

/** Carries the exact landings of `input.notes` to `input.after` and counts those left for review. */
export function carryOnImport(input: CarryInput): CarriedOnImport {
  const { carried, review } = carryNotes(input);
  const exact = carried.filter((entry) => entry.status === 'exact').map((entry) => confirmCarriedNote(entry, entry.before.updatedAt));
  return { carried: exact, toReview: review.length };
}
