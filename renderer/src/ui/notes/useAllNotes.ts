/**
 * Every note, read for the all-notes view, and the part of it the filters select. All notes are
 * loaded once (a live query) and filtered in memory on each change: re-reading 10,000 rows from
 * IndexedDB costs well over 100 ms, filtering them in memory a few. The most recent notes (a
 * short read on the updatedAt index) fill the first screen, and the full read starts once that
 * is painted. They are the exact head of the full list, filtered or not, so the rows do not move
 * when it arrives and the list (the same element) keeps its scroll position and focus.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { TagCount } from '../../core/notes/tags';
import { notesRepository, readAllNotes, readRecentNotes, readTags } from '../../db';
import { useLiveRead } from '../data/useLiveRead';
import { measured } from '../shell/measured';
import { selectAllNotes, type AllNotesFormState, type AllNotesSelection } from './allNotesFilter';

/** Rows read before the full list: the visible five plus room to scroll while it loads. */
const previewSize = 30;

export interface AllNotes {
  /** The notes the form selects (of the preview until the full read is in), the orphans, and the notes on removed documents. */
  readonly selection: AllNotesSelection;
  /** Whether the full read is in: counts and "no match" wait for it. */
  readonly isComplete: boolean;
  readonly tags: readonly TagCount[] | undefined;
  readonly readError: string | undefined;
}

/** `isInLibrary` tells whether a report is in the library (notes on one that is not are orphans of a removed document). */
export function useAllNotes(form: AllNotesFormState, isInLibrary: (reportId: string) => boolean): AllNotes {
  // Typing in the text box stays responsive while the list catches up.
  const deferredForm = useDeferredValue(form);
  const [shouldReadAll, setShouldReadAll] = useState(false);
  const { value: all, error: readError } = useLiveRead(() => (shouldReadAll ? readAllNotes(notesRepository()) : null), [shouldReadAll]);
  const isComplete = all !== undefined;
  const { value: recent, error: recentError } = useLiveRead(
    () => (isComplete ? null : readRecentNotes(notesRepository(), previewSize)),
    [isComplete],
  );
  const shown = all ?? recent;
  // Counting tags walks the tag index: it too waits for the first screen.
  const { value: tags } = useLiveRead(() => (shouldReadAll ? readTags(notesRepository()) : null), [shouldReadAll]);
  useEffect(() => {
    if (shouldReadAll || (recent === undefined && recentError === undefined)) return;
    // The full read's rows are deserialised on the main thread, a long task for 10,000 notes,
    // and its answer tends to arrive with the short read's: started together, the first screen
    // waits for it. So it starts once the first screen has been painted.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShouldReadAll(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [recent, recentError, shouldReadAll]);
  // A performance entry per pass over every note, for the benchmark and the browser's profiler.
  const selection = useMemo(
    () => measured('kb:notes-filter', () => selectAllNotes(shown ?? [], deferredForm, isInLibrary), all !== undefined),
    [all, shown, deferredForm, isInLibrary],
  );
  return { selection, isComplete, tags, readError };
}
