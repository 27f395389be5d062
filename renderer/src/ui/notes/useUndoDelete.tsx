/**
 * Soft delete with an Undo toast: the note becomes a tombstone at once (db softDelete), the
 * toast offers restore for a while, and a failed write is shown, not swallowed.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes/types';
import { notesRepository } from './notesDatabase';

const toastMs = 10_000;

type Toast = { readonly kind: 'deleted'; readonly noteId: string } | { readonly kind: 'error'; readonly message: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useUndoDelete(): { readonly deleteNote: (note: Note) => void; readonly toast: ReactNode } {
  const { t } = useTranslation();
  const [toast, setToast] = useState<Toast | null>(null);

  useEffect(() => {
    if (toast === null) return;
    const handle = setTimeout(() => setToast(null), toastMs);
    return () => clearTimeout(handle);
  }, [toast]);

  const deleteNote = useCallback((note: Note) => {
    notesRepository()
      .softDelete(note.id)
      .then(
        () => setToast({ kind: 'deleted', noteId: note.id }),
        (error: unknown) => setToast({ kind: 'error', message: messageOf(error) }),
      );
  }, []);

  const undo = (noteId: string): void => {
    notesRepository()
      .restore(noteId)
      .then(
        () => setToast(null),
        (error: unknown) => setToast({ kind: 'error', message: messageOf(error) }),
      );
  };

  const element = (
    <div className="toast-region" role="status" aria-live="polite">
      {toast === null ? null : toast.kind === 'deleted' ? (
        <div className="toast">
          {t('notes.deleted')}{' '}
          <button type="button" onClick={() => undo(toast.noteId)}>
            {t('notes.undo')}
          </button>
        </div>
      ) : (
        <div className="toast is-error">{t('notes.writeFailed', { message: toast.message })}</div>
      )}
    </div>
  );
  return { deleteNote, toast: element };
}
