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
  return a.status === b.status && a.fromUnitId === b.fromUnitId && a.originalQuote === b.originalQuote;
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
  };
}

/** The note with its target and anchor brought up to date with `report`; the same object when nothing changed. */
export function reanchorNote(note: Note, report: ReportText): Note {
  const result = reanchorTarget(note.target, report);
  const anchor = anchorAfter(note, result);
  if (sameTarget(note.target, result.target) && sameAnchor(note.anchor, anchor)) return note;
  // updatedAt stays: re-anchoring is derived from the report, not an edit by the delegate,
  // and must not make this copy win a merge against a colleague's real edit.
  return { ...note, target: result.target, anchor };
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
