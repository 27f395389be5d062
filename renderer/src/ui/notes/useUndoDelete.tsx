/**
 * Soft delete of a note with an Undo toast: the note becomes a tombstone at once (db softDelete),
 * the toast offers restore for a while, and a failed write is shown, not swallowed.
 */
import { notesRepository } from '../../db';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes/types';
import { useUndoToast } from '../feedback/useUndoToast';

export function useUndoDelete(): { readonly deleteNote: (note: Note) => void; readonly toast: ReactNode } {
  const { t } = useTranslation();
  const { run, element } = useUndoToast({
    done: t('notes.deleted'),
    undo: t('notes.undo'),
    failed: (message) => t('notes.writeFailed', { message }),
  });
  const deleteNote = useCallback(
    (note: Note) =>
      run(
        () => notesRepository().softDelete(note.id),
        () => notesRepository().restore(note.id),
      ),
    [run],
  );
  return { deleteNote, toast: element };
}
