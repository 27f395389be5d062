/**
 * The delegate's notes that contain the search query, for the "Your notes" group of the
 * results. Every note is read once (a live query) while the search page shows, and matched in
 * memory with the same normalisation as corpus search; no subscription on other pages, so that
 * typing a note elsewhere does not re-read every note. Not only while the query is non-blank:
 * each new query typed into a cleared box would read every note again, as its first key is typed.
 */
import { useLiveRead } from '../data/useLiveRead';
import { useMemo, useRef } from 'react';
import type { Note } from '../../core/notes/types';
import { readAllNotes, notesRepository } from '../../db';
import { searchNotes } from '../notes/noteText';

const noNotes: readonly Note[] = [];

/** Note hits shown at most, beside up to 100 corpus hits. */
export const noteHitLimit = 20;

export function useNoteHits(query: string, isActive: boolean): readonly Note[] {
  const { value: notes } = useLiveRead(
    () => (isActive ? readAllNotes(notesRepository()) : null),
    [isActive],
  );
  const found = useMemo(() => (notes === undefined || !isActive ? noNotes : searchNotes(notes, query, noteHitLimit)), [notes, query, isActive]);
  // The same hits keep the same array: the controller resets the active result when its list
  // changes, and the notes' live query answering late must not undo an arrow key already pressed.
  const previous = useRef<readonly Note[]>(noNotes);
  const isSame = found.length === previous.current.length && found.every((note, index) => note === previous.current[index]);
  if (!isSame) previous.current = found.length === 0 ? noNotes : found;
  return previous.current;
}
