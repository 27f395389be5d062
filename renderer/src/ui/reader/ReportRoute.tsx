/**
 * The reader's route: the report's units are fetched when it is opened (a deep link included),
 * with a loading line meanwhile; an unknown or removed report says so.
 */
import { useMemo } from 'react';
import { useFocusAtArrival } from '../shell/useFocusAtArrival';
import { useTranslation } from 'react-i18next';
import { DocumentLoadFailed } from '../shell/LoadingState';
import type { Report } from '../../core/report/types';
import type { KnowledgeBase } from '../data/knowledgeBase';
import { useReport } from '../data/KnowledgeBaseContext';
import type { Route } from '../routing/route';
import { NotFoundView } from '../shell/NotFoundView';
import { SideBySideRoute } from '../versions/SideBySideRoute';
import { ReaderView } from './ReaderView';

interface ReportRouteProps {
  readonly route: Extract<Route, { name: 'report' }>;
  readonly knowledgeBase: KnowledgeBase;
}

export function ReportRoute({ route, knowledgeBase }: ReportRouteProps) {
  const { beside } = route;
  return beside === undefined ? <SingleReportRoute route={route} knowledgeBase={knowledgeBase} /> : <SideBySideRoute route={{ ...route, beside }} />;
}

function SingleReportRoute({ route, knowledgeBase }: ReportRouteProps) {
  const { t } = useTranslation();
  const loading = useReport(route.reportId);
  const focusAtArrival = useFocusAtArrival(`${route.reportId}/${route.unit ?? ''}`);
  // Notes copied as Markdown and links name other reports: every report in the page so far.
  const reports = useMemo(
    (): readonly Report[] => knowledgeBase.corpus?.reports ?? [...knowledgeBase.reportById.values()],
    [knowledgeBase.corpus, knowledgeBase.reportById],
  );
  switch (loading.status) {
    case 'missing':
      return <NotFoundView message={t('reader.reportNotFound', { id: route.reportId })} />;
    case 'failed':
      return <DocumentLoadFailed message={loading.message} />;
    case 'loading':
      return (
        <p className="loading" role="status" data-loading="report">
          {t('app.loadingView')}
        </p>
      );
    case 'ready':
      return (
        <ReaderView
          report={loading.value}
          searcher={knowledgeBase.searcher}
          unit={route.unit}
          query={route.query}
          note={route.note}
          reports={reports}
          focusAtArrival={focusAtArrival}
        />
      );
  }
}
