/** The "What changed" route: both revisions are fetched (as the reader fetches a report), then compared. */
import { useTranslation } from 'react-i18next';
import { DocumentLoadFailed } from '../shell/LoadingState';
import { revisionFamilyKey } from '../../core/revisions/revisionFamilies';
import { useReport, type Loading } from '../data/KnowledgeBaseContext';
import type { Report } from '../../core/report/types';
import type { Route } from '../routing/route';
import { NotFoundView } from '../shell/NotFoundView';
import { ChangesView } from './ChangesView';

/** The first of the two loads that is not ready, or both reports. */
function both(first: Loading<Report>, second: Loading<Report>): Loading<readonly [Report, Report]> {
  if (first.status !== 'ready') return first;
  if (second.status !== 'ready') return second;
  return { status: 'ready', value: [first.value, second.value] };
}

export function ChangesRoute({ route }: { route: Extract<Route, { name: 'changes' }> }) {
  const { t } = useTranslation();
  const loading = both(useReport(route.oldId), useReport(route.newId));
  switch (loading.status) {
    case 'missing':
      return <NotFoundView message={t('reader.reportNotFound', { id: `${route.oldId} / ${route.newId}` })} />;
    case 'failed':
      return <DocumentLoadFailed message={loading.message} />;
    case 'loading':
      return (
        <p className="loading" role="status" data-loading="changes">
          {t('revisions.loading')}
        </p>
      );
    case 'ready': {
      const [before, after] = loading.value;
      const key = revisionFamilyKey(before.meta);
      // Only an older revision against a newer one: notes are carried from the first to the second.
      const isOlderFirst = (before.meta.revision ?? 0) < (after.meta.revision ?? 0);
      if (key === undefined || key !== revisionFamilyKey(after.meta) || !isOlderFirst) {
        return <NotFoundView message={t('revisions.notRevisions', { oldId: route.oldId, newId: route.newId })} />;
      }
      return <ChangesView before={before} after={after} change={route.change} />;
    }
  }
}
