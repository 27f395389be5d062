/**
 * Removing a link with an Undo toast, as notes are deleted: the link becomes a tombstone at once,
 * the toast offers restore for a while, a failed write is shown.
 */
import { linksRepository } from '../../db';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Link } from '../../core/notes/types';
import { useUndoToast } from '../feedback/useUndoToast';

export interface LinkRemoval {
  readonly remove: (link: Link) => void;
  readonly relabel: (link: Link, label: string) => Promise<void>;
  readonly toast: ReactNode;
}

export function useLinkRemoval(): LinkRemoval {
  const { t } = useTranslation();
  const { run, showError, element } = useUndoToast({
    done: t('links.removed'),
    undo: t('links.undo'),
    failed: (message) => t('links.writeFailed', { message }),
    variant: 'link',
  });

  const remove = useCallback(
    (link: Link) =>
      run(
        () => linksRepository().softDelete(link.id),
        () => linksRepository().restore(link.id),
      ),
    [run],
  );

  const relabel = useCallback(
    async (link: Link, label: string) => {
      try {
        await linksRepository().relabel(link.id, label);
      } catch (error) {
        showError(error);
        throw error;
      }
    },
    [showError],
  );

  return { remove, relabel, toast: element };
}
