/**
 * The one Undo toast of the app: after a soft delete, "Deleted. Undo" until the delegate
 * dismisses it or another toast replaces it (it is the only way back, so it never times out);
 * a failed write is shown, never swallowed. Notes and links use it with their own words.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from './errorMessage';

type Toast = { readonly kind: 'undoable'; readonly undo: () => Promise<unknown> } | { readonly kind: 'error'; readonly message: string };

/** The words of one use of the toast, already translated. */
export interface UndoToastText {
  readonly done: string;
  readonly undo: string;
  readonly failed: (message: string) => string;
  /** A feature's name for its styling: classes `<variant>-toast-region` and `<variant>-toast`. */
  readonly variant?: string;
}

export interface UndoToast {
  /** Runs a soft delete; once committed, offers `undo`; a failure is shown. */
  readonly run: (remove: () => Promise<unknown>, undo: () => Promise<unknown>) => void;
  readonly showError: (error: unknown) => void;
  readonly element: ReactNode;
}

export function useUndoToast(text: UndoToastText): UndoToast {
  const { t } = useTranslation();
  const [toast, setToast] = useState<Toast | null>(null);

  const showError = useCallback((error: unknown) => setToast({ kind: 'error', message: messageOf(error) }), []);
  const run = useCallback(
    (remove: () => Promise<unknown>, undo: () => Promise<unknown>) => {
      remove().then(() => setToast({ kind: 'undoable', undo }), showError);
    },
    [showError],
  );

  const variant = (suffix: string): string => (text.variant === undefined ? '' : ` ${text.variant}-${suffix}`);
  const element = (
    <div className={`toast-region${variant('toast-region')}`} role="status" aria-live="polite">
      {toast === null ? null : toast.kind === 'undoable' ? (
        <div className={`toast${variant('toast')}`}>
          {text.done}{' '}
          <button
            type="button"
            className="toast-action"
            onClick={() => {
              toast.undo().then(() => setToast(null), showError);
            }}
          >
            {text.undo}
          </button>
          <DismissButton label={t('app.dismiss')} onDismiss={() => setToast(null)} />
        </div>
      ) : (
        <div className="toast is-error">
          {text.failed(toast.message)}
          <DismissButton label={t('app.dismiss')} onDismiss={() => setToast(null)} />
        </div>
      )}
    </div>
  );
  return { run, showError, element };
}

function DismissButton({ label, onDismiss }: { label: string; onDismiss: () => void }) {
  return (
    <button type="button" className="toast-dismiss" aria-label={label} title={label} onClick={onDismiss}>
      ×
    </button>
  );
}
