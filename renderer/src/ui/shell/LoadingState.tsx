/** Progress while the corpus and the search index load, and a clear error when they fail. */
import { useTranslation } from 'react-i18next';
import type { LoadStage } from '../data/knowledgeBase';

const stageSteps: Readonly<Record<LoadStage, number>> = { corpus: 0 };

export function LoadingState({ stage }: { stage: LoadStage }) {
  const { t } = useTranslation();
  const label = t(`loading.${stage}`);
  return (
    <div className="loading" role="status">
      <progress max={1} value={stageSteps[stage]} aria-label={label} />
      <p>{label}</p>
    </div>
  );
}

export function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="load-failed" role="alert">
      <h1>{t('loading.failed')}</h1>
      <p>{t('loading.failedHint')}</p>
      <details>
        <summary>{t('loading.details')}</summary>
        <code>{message}</code>
      </details>
      <button type="button" onClick={onRetry}>
        {t('loading.retry')}
      </button>
    </div>
  );
}

/** A document (or a pair) that could not be fetched when a route asked for it; the rest of the app stays usable. */
export function DocumentLoadFailed({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="load-failed" role="alert">
      <h1>{t('loading.failed')}</h1>
      <code>{message}</code>
    </div>
  );
}
