/**
 * The reader's route with `?beside=`: both versions are loaded (a deep link included) and shown
 * side by side. A `beside` that is not another version of the report says so, with the way back
 * to the report alone.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentLoadFailed } from '../shell/LoadingState';
import { byVersionLanguage } from '../../core/versions/groupVersions';
import { useReport } from '../data/KnowledgeBaseContext';
import { formatRoute, type Route } from '../routing/route';
import { NotFoundView } from '../shell/NotFoundView';
import { SideBySideView } from './SideBySideView';
import { useLibraryMetas, useNotesOf, useOtherVersions } from './useVersions';

interface SideBySideRouteProps {
  readonly route: Extract<Route, { name: 'report' }> & { readonly beside: string };
}

export function SideBySideRoute({ route }: SideBySideRouteProps) {
  const { t } = useTranslation();
  const left = useReport(route.reportId);
  const right = useReport(route.beside);
  const others = useOtherVersions(route.reportId);
  const metas = useLibraryMetas();
  const versions = useMemo(() => {
    const own = metas.find((meta) => meta.id === route.reportId);
    return own === undefined ? others : [own, ...others].sort(byVersionLanguage);
  }, [metas, others, route.reportId]);
  const notes = useNotesOf(useMemo(() => versions.map((meta) => meta.id), [versions]));
  const isVersion = others.some((meta) => meta.id === route.beside);

  if (left.status === 'missing') return <NotFoundView message={t('reader.reportNotFound', { id: route.reportId })} />;
  if (left.status === 'ready' && !isVersion) {
    return (
      <>
        <NotFoundView message={t('versions.besideMissing', { id: route.beside })} />
        <p className="side-by-side-back">
          <a href={formatRoute({ name: 'report', reportId: route.reportId })} lang={left.value.meta.language}>
            {left.value.meta.title}
          </a>
        </p>
      </>
    );
  }
  const failed = [left, right].find((loading) => loading.status === 'failed');
  if (failed?.status === 'failed') {
    return <DocumentLoadFailed message={failed.message} />;
  }
  if (left.status !== 'ready' || right.status !== 'ready') {
    return (
      <p className="loading" role="status" data-loading="report">
        {t('app.loadingView')}
      </p>
    );
  }
  return <SideBySideView left={left.value} right={right.value} versions={versions} notes={notes} unit={route.unit} />;
}
