/**
 * Keeps one open note's editor and the database in step, both ways: edits go to an autosave
 * (useNoteAutosave), and the stored note is watched (a live query, so edits and deletions made
 * in other windows arrive) and handled as storedNoteChange.ts decides: followed when nothing
 * here is unsaved, otherwise offered as a choice, with saving held until the delegate makes it.
 * A note deleted elsewhere is said so, and its text stays on screen; a save then fails and says
 * why (the note no longer exists) rather than vanishing.
 *
 * Contract: one hook instance follows one note for its whole life. Its state (the base version,
 * the versions it wrote, a pending conflict) belongs to that note, so the component using it
 * must be remounted for another note (`key={note.id}`); being handed another note throws
 * instead of quietly mixing two notes' state.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note } from '../../core/notes/types';
import { readNote, type AutosaveState, type NoteAutosave, type NoteChanges, notesRepository } from '../../db';
import { useLiveRead } from '../data/useLiveRead';
import { storedNoteAction, type EditedContent } from './storedNoteChange';
import { useNoteAutosave } from './useNoteAutosave';

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

/** Throws when a hook that follows one note is handed another (see the contract above). */
export function assertSameNote(openedId: string, id: string): void {
  if (openedId !== id) {
    throw new Error(`useNoteSync follows note ${openedId} and was handed ${id}: remount the editor for another note (key={note.id})`);
  }
}

/** `show` puts a stored version's content in the editor's fields; `local` is what they hold now. */
export function useNoteSync(note: Note, local: EditedContent, show: (version: Note) => void): NoteSync {
  const openedId = useRef(note.id);
  assertSameNote(openedId.current, note.id);
  const { autosave: autosaveRef, saveState, ownVersions, savesInFlight, settledSaves } = useNoteAutosave(note);
  const [theirs, setTheirs] = useState<Note | undefined>();
  const [isDeleted, setIsDeleted] = useState(false);
  const base = useRef(note);
  const theirsRef = useRef<Note | undefined>(undefined);
  const localRef = useRef(local);

  useEffect(() => {
    localRef.current = local;
  });

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
  }, [observed, settledSaves, show, autosaveRef, ownVersions, savesInFlight]);

  const resolve = useCallback(
    (apply: (autosave: NoteAutosave, version: Note) => void) => {
      const autosave = autosaveRef.current;
      const version = theirsRef.current;
      if (autosave === null || version === undefined) return;
      base.current = version;
      theirsRef.current = undefined;
      setTheirs(undefined);
      autosave.release();
      apply(autosave, version);
    },
    [autosaveRef],
  );

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
    change: useCallback((changes: NoteChanges) => autosaveRef.current?.change(changes), [autosaveRef]),
    flush: useCallback(() => void autosaveRef.current?.flush(), [autosaveRef]),
    keepMine,
    loadTheirs,
  };
}
