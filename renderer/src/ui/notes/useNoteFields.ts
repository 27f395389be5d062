/**
 * The editor's fields (body, tag line, stance) for one note, kept in step with the database by
 * useNoteSync. Takes the note as it was when the editor opened: the fields start from it, and
 * the hook must be remounted for another note (NoteEditor is keyed by the note's id, and
 * useNoteSync checks it).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Note, Stance } from '../../core/notes/types';
import { formatTagInput, parseTagInput } from './noteText';
import { useNoteSync, type NoteSync } from './useNoteSync';

export interface NoteFields {
  readonly body: string;
  readonly tagLine: string;
  readonly stance: Stance | null;
  readonly setBody: (body: string) => void;
  readonly setTagLine: (tagLine: string) => void;
  readonly setStance: (stance: Stance | null) => void;
  readonly sync: NoteSync;
  /**
   * Whether the note was empty when opened and still is: made with ✎ and left without a word,
   * a tag or a stance. Closing such a note discards it instead of keeping an empty note that
   * would then show in lists and briefings.
   */
  readonly isUntouchedEmpty: boolean;
}

function isBlank(body: string, tags: readonly string[], stance: Stance | null): boolean {
  return body.trim() === '' && tags.length === 0 && stance === null;
}

export function useNoteFields(note: Note): NoteFields {
  const [body, setBodyState] = useState(note.body);
  const [tagLine, setTagLineState] = useState(formatTagInput(note.tags));
  const [stance, setStanceState] = useState<Stance | null>(note.stance);
  const wasBlank = useRef(isBlank(note.body, note.tags, note.stance));
  const show = useCallback((version: Note) => {
    setBodyState(version.body);
    setTagLineState(formatTagInput(version.tags));
    setStanceState(version.stance);
  }, []);
  const tags = useMemo(() => parseTagInput(tagLine), [tagLine]);
  const local = useMemo(() => ({ body, tags, stance }), [body, tags, stance]);
  const sync = useNoteSync(note, local, show);
  const { change, flush } = sync;

  return {
    body,
    tagLine,
    stance,
    setBody: useCallback((next: string) => {
      setBodyState(next);
      change({ body: next });
    }, [change]),
    setTagLine: useCallback((next: string) => {
      setTagLineState(next);
      change({ tags: parseTagInput(next) });
    }, [change]),
    setStance: useCallback((next: Stance | null) => {
      setStanceState(next);
      change({ stance: next });
      flush();
    }, [change, flush]),
    sync,
    isUntouchedEmpty: wasBlank.current && isBlank(body, tags, stance),
  };
}
