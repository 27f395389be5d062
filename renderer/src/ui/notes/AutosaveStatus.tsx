/**
 * The editor's save state in words: saved, unsaved and saving in a polite status region; a
 * failed save in an alert (announced at once) with its reason in the delegate's language and a
 * retry button. The editor keeps the unsaved text on screen meanwhile.
 */
import { useTranslation } from 'react-i18next';
import type { AutosaveState, NoteWriteError } from '../../db';

/** The i18n key of a failure the delegate can act on; others show the error's own message. */
const REASON_KEYS = {
  quota: 'notes.writeErrors.quota',
  closed: 'notes.writeErrors.closed',
  'not-found': 'notes.writeErrors.notFound',
} as const;

function useFailureReason(): (error: NoteWriteError) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error.kind === 'quota' || error.kind === 'closed' || error.kind === 'not-found') return t(REASON_KEYS[error.kind]);
    return error.message;
  };
}

export function AutosaveStatus({ state, onRetry }: { readonly state: AutosaveState; readonly onRetry: () => void }) {
  const { t } = useTranslation();
  const reasonOf = useFailureReason();
  return (
    <p className={`autosave-status is-${state.status}`} data-save-state={state.status}>
      <span role="status" aria-live="polite">
        {state.status === 'failed' ? '' : t(`notes.status.${state.status}`)}
      </span>
      {state.status === 'failed' ? (
        <>
          <span role="alert">{t('notes.status.failed', { message: reasonOf(state.error) })}</span>{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            {t('notes.retry')}
          </button>
        </>
      ) : null}
    </p>
  );
}
