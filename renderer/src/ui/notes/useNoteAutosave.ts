/**
 * One note's autosave: edits are saved after a pause through a NoteAutosave, which says
 * "saved" only once the write has committed. Closing the editor (unmounting) saves what was
 * typed, never drops it. Keeps what useNoteSync needs to tell its own writes from another
 * window's: the versions it wrote, and whether a save is in flight.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Note } from '../../core/notes/types';
import { NoteAutosave, notesRepository, type AutosaveState, type NoteChanges } from '../../db';

export interface NoteAutosaveHandle {
  readonly autosave: RefObject<NoteAutosave | null>;
  readonly saveState: AutosaveState;
  /** The updatedAt of every version this editor wrote. */
  readonly ownVersions: RefObject<Set<string>>;
  readonly savesInFlight: RefObject<number>;
  /** Bumped whenever a save settles, so that a stored version seen while it was in flight is judged again. */
  readonly settledSaves: number;
}

export function useNoteAutosave(note: Note): NoteAutosaveHandle {
  const [saveState, setSaveState] = useState<AutosaveState>({ status: 'saved', note });
  const [settledSaves, setSettledSaves] = useState(0);
  const autosave = useRef<NoteAutosave | null>(null);
  const ownVersions = useRef(new Set<string>());
  const savesInFlight = useRef(0);

  useEffect(() => {
    const save = (changes: NoteChanges): Promise<Note> => {
      savesInFlight.current += 1;
      return notesRepository()
        .update(note.id, changes)
        .then((saved) => {
          ownVersions.current.add(saved.updatedAt);
          return saved;
        })
        .finally(() => {
          savesInFlight.current -= 1;
          setSettledSaves((count) => count + 1);
        });
    };
    const current = new NoteAutosave(save, { onState: setSaveState });
    autosave.current = current;
    return () => {
      // Closing the editor (or opening another note) saves what was typed, never drops it:
      // closed during a conflict, the delegate's own text wins.
      current.release();
      void current.flush();
      autosave.current = null;
    };
  }, [note.id]);

  return { autosave, saveState, ownVersions, savesInFlight, settledSaves };
}
