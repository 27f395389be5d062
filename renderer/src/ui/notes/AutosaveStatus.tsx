/** The editor's save state in words, in a polite live region: saved, unsaved, saving, failed. */
import { useTranslation } from 'react-i18next';
import type { AutosaveState } from '../../db';

export function AutosaveStatus({ state, onRetry }: { readonly state: AutosaveState; readonly onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <p className={`autosave-status is-${state.status}`} data-save-state={state.status}>
      <span role="status" aria-live="polite">
        {state.status === 'failed' ? t('notes.status.failed', { message: state.error.message }) : t(`notes.status.${state.status}`)}
      </span>
      {state.status === 'failed' ? (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('notes.retry')}
        </button>
      ) : null}
    </p>
  );
}
