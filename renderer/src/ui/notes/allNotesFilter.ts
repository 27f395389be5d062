/**
 * The all-notes view's filter: its form state → a core NoteFilter, and the in-memory pass over
 * every note loaded once (readAllNotes, live). Pure, so that it is timed and tested without a DOM.
 */
import { noteMatcher, sortNotes, type NoteFilter } from '../../core/notes/noteFilters';
import type { Note, Stance } from '../../core/notes/types';

/** The filter form: '' means "any". */
export interface AllNotesFormState {
  readonly reportId: string;
  readonly tag: string;
  readonly stance: Stance | '';
  readonly text: string;
}

export const emptyNotesForm: AllNotesFormState = { reportId: '', tag: '', stance: '', text: '' };

/** The core filter for a form state: live notes only, every filled field narrows. */
export function toNoteFilter(form: AllNotesFormState): NoteFilter {
  return {
    ...(form.reportId === '' ? {} : { reportId: form.reportId }),
    ...(form.tag === '' ? {} : { tags: [form.tag] }),
    ...(form.stance === '' ? {} : { stances: [form.stance] }),
    ...(form.text.trim() === '' ? {} : { text: form.text }),
  };
}

/**
 * What the view lists: matching live notes, most recently updated first; the orphans whose
 * passage was not found again; and the notes on documents no longer in the library (removed),
 * which are orphans too, whatever their anchor says, and are never deleted with the document.
 */
export interface AllNotesSelection {
  readonly notes: readonly Note[];
  readonly orphans: readonly Note[];
  readonly onRemovedDocuments: readonly Note[];
}

/** `isInLibrary` tells whether a report is in the library now (all are, when not given). */
export function selectAllNotes(all: readonly Note[], form: AllNotesFormState, isInLibrary: (reportId: string) => boolean = () => true): AllNotesSelection {
  const matches = all.filter(noteMatcher(toNoteFilter(form)));
  return {
    notes: sortNotes(matches, 'updated'),
    orphans: matches.filter((note) => note.anchor.status === 'orphaned' && isInLibrary(note.target.reportId)),
    onRemovedDocuments: matches.filter((note) => !isInLibrary(note.target.reportId)),
  };
}
