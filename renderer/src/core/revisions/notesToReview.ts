/**
 * How many of the delegate's notes wait for review on an older revision: every live note still
 * on it, but those the delegate chose to leave there (`kept`). After a new revision is imported
 * these are the notes that did not land exactly; notes made on the older revision later count
 * too, since "What changed" carries or asks about them the same way.
 */
import { isKeptOnEarlierRevision } from '../notes/reanchorNotes';
import type { Note } from '../notes/types';

/** Whether `note` waits for review while a later revision of its report exists. */
export function isAwaitingReview(note: Note): boolean {
  return note.deletedAt === null && !isKeptOnEarlierRevision(note);
}

/** The number of notes awaiting review per report id (reports with none are absent). */
export function notesAwaitingReview(notes: readonly Note[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const note of notes) if (isAwaitingReview(note)) counts.set(note.target.reportId, (counts.get(note.target.reportId) ?? 0) + 1);
  return counts;
}
