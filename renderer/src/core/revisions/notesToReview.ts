/**
 * How many of the delegate's notes wait for review on an older revision: every live note still
 * on it, but those the delegate chose to leave there (`kept`); on a current revision, those
 * waiting on every revision before it. After a new revision is imported
 * these are the notes that did not land exactly; notes made on the older revision later count
 * too, since "What changed" carries or asks about them the same way.
 */
import { isKeptOnEarlierRevision } from '../notes/reanchorNotes';
import type { Note } from '../notes/types';
import type { RevisionPlace } from './revisionFamilies';

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

/** The revisions whose notes count on a current revision among `places`: every revision before it, per current revision id. */
export function earlierRevisionsOfCurrent(places: ReadonlyMap<string, RevisionPlace>): ReadonlyMap<string, readonly string[]> {
  const earlier = new Map<string, readonly string[]>();
  for (const [id, place] of places) if (place.currentId === id && place.earlierIds.length > 0) earlier.set(id, place.earlierIds);
  return earlier;
}

/**
 * How many notes wait for review on each current revision: the sum over every revision before
 * it (`counts` by report id, from notesAwaitingReview), since notes left on Rev.0 are carried to
 * Rev.2 as well as Rev.1's. Current revisions with none are absent.
 */
export function awaitingOnCurrent(earlier: ReadonlyMap<string, readonly string[]>, counts: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const byCurrent = new Map<string, number>();
  for (const [currentId, ids] of earlier) {
    const count = ids.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
    if (count > 0) byCurrent.set(currentId, count);
  }
  return byCurrent;
}
