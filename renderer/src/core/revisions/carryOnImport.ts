/**
 * Notes carried when a new revision is imported (issue 15): the notes that land exactly are
 * stored on the new revision in the same write as the document, with a record of where they
 * stood (as confirming them in the review would); every other note stays where it was, on its
 * earlier revision, and waits in the review list of "What changed". Notes come from every
 * earlier revision they still wait on, not only the one current until now: a note left for
 * review on Rev.0 is carried to Rev.2 (or waits for review against it). Nothing is moved silently.
 */
import type { Note } from '../notes/types';
import { carryNotesAcross, confirmCarriedNote, type CarryAcrossInput } from './carryNotes';

/** What carrying at import gives: the notes to store, and how many wait for review and where. */
export interface CarriedOnImport {
  /** The exact landings, anchored on the new revision; the time of each note stays (carrying is not an edit). */
  readonly carried: readonly Note[];
  /** Notes left on their earlier revision for the delegate to review (moved, fuzzy or not found). */
  readonly toReview: number;
  /** The labels of the revisions those notes are on ("Rev.0"), in the order of the sources. */
  readonly reviewRevisions: readonly string[];
}

/** Carries the exact landings of `input.notes` to `input.after` and counts those left for review. */
export function carryOnImport(input: CarryAcrossInput): CarriedOnImport {
  const { carried, review } = carryNotesAcross(input);
  const exact = carried.filter((entry) => entry.status === 'exact').map((entry) => confirmCarriedNote(entry, entry.before.updatedAt));
  const waitingOn = new Set(review.map((entry) => entry.oldRevision));
  const reviewRevisions = [...new Set(input.sources.map((source) => source.oldRevision))].filter((label) => waitingOn.has(label));
  return { carried: exact, toReview: review.length, reviewRevisions };
}
