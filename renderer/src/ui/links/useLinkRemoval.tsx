/**
 * Removing a link with an Undo toast, as notes are deleted (notes/useUndoDelete.tsx): the link
 * becomes a tombstone at once, the toast offers restore for a while, a failed write is shown.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Link } from '../../core/notes/types';
import { linksRepository, messageOf } from './linksDatabase';

const toastMs = 10_000;

type Toast = { readonly kind: 'removed'; readonly linkId: string } | { readonly kind: 'error'; readonly message: string };

export interface LinkRemoval {
  readonly remove: (link: Link) => void;
  readonly relabel: (link: Link, label: string) => Promise<void>;
  readonly toast: ReactNode;
}

export function useLinkRemoval(): LinkRemoval {
  const { t } = useTranslation();
  const [toast, setToast] = useState<Toast | null>(null);

  useEffect(() => {
    if (toast === null) return;
    const handle = setTimeout(() => setToast(null), toastMs);
    return () => clearTimeout(handle);
  }, [toast]);

  const remove = useCallback((link: Link) => {
    linksRepository()
      .softDelete(link.id)
      .then(
        () => setToast({ kind: 'removed', linkId: link.id }),
        (error: unknown) => setToast({ kind: 'error', message: messageOf(error) }),
      );
  }, []);

  const relabel = useCallback(async (link: Link, label: string) => {
    try {
      await linksRepository().relabel(link.id, label);
    } catch (error) {
      setToast({ kind: 'error', message: messageOf(error) });
      throw error;
    }
  }, []);

  const undo = (linkId: string): void => {
    linksRepository()
      .restore(linkId)
      .then(
        () => setToast(null),
        (error: unknown) => setToast({ kind: 'error', message: messageOf(error) }),
      );
  };

  const element = (
    <div className="toast-region link-toast-region" role="status" aria-live="polite">
      {toast === null ? null : toast.kind === 'removed' ? (
        <div className="toast link-toast">
          {t('links.removed')}{' '}
          <button type="button" onClick={() => undo(toast.linkId)}>
            {t('links.undo')}
          </button>
        </div>
      ) : (
        <div className="toast is-error">{t('links.writeFailed', { message: toast.message })}</div>
      )}
    </div>
  );
  return { remove, relabel, toast: element };
}
