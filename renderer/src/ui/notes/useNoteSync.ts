/**
 * Keeps one open note's editor and the database in step, both ways: edits go to a NoteAutosave
 * (saved after a pause, "saved" only once committed), and the stored note is watched (a live
 * query, so edits and deletions made in other windows arrive) and handled as storedNoteChange.ts
 * decides: followed when nothing here is unsaved, otherwise offered as a choice, with saving held
 * until the delegate makes it. A note deleted elsewhere is said so, and its text stays on
 * screen; a save then fails and says why (the note no longer exists) rather than vanishing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note } from '../../core/notes/types';
import { NoteAutosave, readNote, type AutosaveState, type NoteChanges, notesRepository } from '../../db';
import { storedNoteAction, type EditedContent } from './storedNoteChange';
import { useLiveRead } from '../data/useLiveRead';

export interface NoteSync {
  readonly saveState: AutosaveState;
  /** The newest stored version known (undefined until the live query answers, or once gone). */
  readonly stored: Note | undefined;
  /** Another window's version, while the delegate has not chosen between it and their own text. */
  readonly theirs: Note | undefined;
  readonly isDeleted: boolean;
  readonly change: (changes: NoteChanges) => void;
  readonly flush: () => void;
  /** Saves the editor's text over the other window's version. */
  readonly keepMine: () => void;
  /** Drops the editor's unsaved text for the other window's version. */
  readonly loadTheirs: () => void;
}

/** `show` puts a stored version's content in the editor's fields; `local` is what they hold now. */
export function useNoteSync(note: Note, local: EditedContent, show: (version: Note) => void): NoteSync {
  const [saveState, setSaveState] = useState<AutosaveState>({ status: 'saved', note });
  const [theirs, setTheirs] = useState<Note | undefined>();
  const [isDeleted, setIsDeleted] = useState(false);
  // Bumped whenever a save settles, so that a stored version seen while it was in flight is judged again.
  const [settledSaves, setSettledSaves] = useState(0);
  const autosaveRef = useRef<NoteAutosave | null>(null);
  const base = useRef(note);
  const ownVersions = useRef(new Set<string>());
  const savesInFlight = useRef(0);
  const theirsRef = useRef<Note | undefined>(undefined);
  const localRef = useRef(local);

  useEffect(() => {
    localRef.current = local;
  });

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
    const autosave = new NoteAutosave(save, { onState: setSaveState });
    autosaveRef.current = autosave;
    return () => {
      // Closing the editor (or opening another note) saves what was typed, never drops it:
      // closed during a conflict, the delegate's own text wins.
      autosave.release();
      void autosave.flush();
      autosaveRef.current = null;
    };
  }, [note.id]);

  const { value: observed } = useLiveRead(() => readNote(notesRepository(), note.id), [note.id]);

  useEffect(() => {
    const autosave = autosaveRef.current;
    if (observed === undefined || autosave === null) return;
    const stored = observed.note;
    const action = storedNoteAction({
      stored,
      base: base.current,
      ownVersions: ownVersions.current,
      isSaving: savesInFlight.current > 0,
      hasUnsavedChanges: autosave.hasUnsavedChanges,
      local: localRef.current,
    });
    if (stored === undefined || action === 'deleted') {
      setIsDeleted(true);
      return;
    }
    setIsDeleted(false);
    if (action === 'adopt' || action === 'follow') {
      base.current = stored;
      theirsRef.current = undefined;
      setTheirs(undefined);
      if (action === 'follow') show(stored);
    } else if (action === 'conflict') {
      theirsRef.current = stored;
      setTheirs(stored);
    }
    if (theirsRef.current === undefined) autosave.release();
    else autosave.hold();
  }, [observed, settledSaves, show]);

  const resolve = useCallback((apply: (autosave: NoteAutosave, version: Note) => void) => {
    const autosave = autosaveRef.current;
    const version = theirsRef.current;
    if (autosave === null || version === undefined) return;
    base.current = version;
    theirsRef.current = undefined;
    setTheirs(undefined);
    autosave.release();
    apply(autosave, version);
  }, []);

  const keepMine = useCallback(
    () =>
      resolve((autosave) => {
        // All of the editor's fields, not only those typed: the other window's changes are overridden.
        const { body, tags, stance } = localRef.current;
        autosave.change({ body, tags, stance });
        void autosave.flush();
      }),
    [resolve],
  );
  const loadTheirs = useCallback(
    () =>
      resolve((autosave, version) => {
        autosave.discard(version);
        show(version);
      }),
    [resolve, show],
  );

  return {
    saveState,
    stored: observed?.note,
    theirs,
    isDeleted,
    change: useCallback((changes: NoteChanges) => autosaveRef.current?.change(changes), []),
    flush: useCallback(() => void autosaveRef.current?.flush(), []),
    keepMine,
    loadTheirs,
  };
}
