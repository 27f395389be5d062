/**
 * Re-anchoring stored notes against a report's current text, and recording the outcome on
 * each note. Cheap when nothing changed (offsets still select the quote), so the reader can
 * run it every time it opens a report instead of tracking which report version notes saw.
 */
import { reanchorTarget, type ReanchorResult, type ReportText } from './anchor';
import type { Note, NoteAnchor, NoteTarget } from './types';

/** How many notes ended in each state, and how many rows need writing. */
export interface ReanchorSummary {
  readonly anchored: number;
  readonly moved: number;
  readonly orphaned: number;
  /** Notes whose target or anchor changed and must be saved. */
  readonly changed: number;
}

function sameTarget(a: NoteTarget, b: NoteTarget): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameAnchor(a: NoteAnchor, b: NoteAnchor): boolean {
  return (
    a.status === b.status &&
    a.fromUnitId === b.fromUnitId &&
    a.originalQuote === b.originalQuote &&
    JSON.stringify(a.previous) === JSON.stringify(b.previous)
  );
}

/**
 * The anchor to store after `result`. `fromUnitId` and `originalQuote` always name what the
 * delegate first annotated, however many corrections the note has been carried through.
 */
function anchorAfter(note: Note, result: ReanchorResult): NoteAnchor {
  const homeUnitId = note.anchor.fromUnitId ?? note.target.unitId;
  const firstQuote = note.anchor.originalQuote ?? note.target.selector?.quote.exact;
  const newQuote = result.target.selector?.quote.exact;
  const originalQuote = firstQuote !== undefined && firstQuote !== newQuote ? firstQuote : undefined;
  const isAway = result.target.unitId !== homeUnitId;
  const status = result.status === 'orphaned' ? 'orphaned' : isAway ? 'moved' : 'anchored';
  return {
    status,
    ...(isAway ? { fromUnitId: homeUnitId } : {}),
    ...(originalQuote === undefined ? {} : { originalQuote }),
    ...(note.anchor.previous === undefined ? {} : { previous: note.anchor.previous }),
  };
}

/** True when the delegate chose to keep the note on an earlier revision: the current text is not its text. */
export function isKeptOnEarlierRevision(note: Note): boolean {
  return note.anchor.previous?.decision === 'kept';
}

/**
 * Re-anchors `note` on `report` looking first in the unit `startUnitId` (null: nowhere in
 * particular), with the target's report id set to `reportId`; returns the note brought up to
 * date (the same object when nothing changed) and how its target was found. An orphan keeps
 * its target as it was.
 */
export function reanchorNoteFrom(
  note: Note,
  report: ReportText,
  startUnitId: string | null,
  reportId: string = note.target.reportId,
): { readonly note: Note; readonly result: ReanchorResult } {
  const target = reportId === note.target.reportId ? note.target : { ...note.target, reportId };
  const found = reanchorTarget(target, report, startUnitId);
  const result: ReanchorResult = found.status === 'orphaned' ? { status: 'orphaned', target: note.target } : found;
  const anchor = anchorAfter(note, result);
  if (sameTarget(note.target, result.target) && sameAnchor(note.anchor, anchor)) return { note, result };
  // updatedAt stays: re-anchoring is derived from the report, not an edit by the delegate,
  // and must not make this copy win a merge against a colleague's real edit.
  return { note: { ...note, target: result.target, anchor }, result };
}

/** The note with its target and anchor brought up to date with `report`; the same object when nothing changed or when it was kept on an earlier revision. */
export function reanchorNote(note: Note, report: ReportText): Note {
  if (isKeptOnEarlierRevision(note)) return note;
  return reanchorNoteFrom(note, report, note.target.unitId).note;
}

/** Re-anchors every note of one report; returns only the notes that changed, and a summary. */
export function reanchorNotes(notes: readonly Note[], report: ReportText): { changed: Note[]; summary: ReanchorSummary } {
  const changed: Note[] = [];
  const counts = { anchored: 0, moved: 0, orphaned: 0 };
  for (const note of notes) {
    const updated = reanchorNote(note, report);
    counts[updated.anchor.status]++;
    if (updated !== note) changed.push(updated);
  }
  return { changed, summary: { ...counts, changed: changed.length } };
}
