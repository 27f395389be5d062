/** The app: header with search, then the view the route names, once the data has loaded. */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../core/entities/entityNames';
import type { Entity } from '../core/entities/types';
import { revisionLabel } from '../core/revisions/revisionFamilies';
import { useKnowledgeBase, useKnowledgeBaseStore, useRetryLoading } from './data/KnowledgeBaseContext';
import { CorpusGate } from './data/CorpusGate';
import { corpusEntityData } from './entities/corpusEntities';
import type { KnowledgeBaseState } from './data/knowledgeBaseStore';
import { ShortcutsDialog } from './keyboard/ShortcutsDialog';
import { useGlobalShortcuts } from './keyboard/useGlobalShortcuts';
import { prepareLibraryCards } from './library/libraryCards';
import { LibraryView } from './library/LibraryView';
import { useUiLanguage } from './i18n/useUiLanguage';
import { ReadOnlyBanner } from './notes/ReadOnlyBanner';
import type { Route } from './routing/route';
import { useRoute } from './routing/useRoute';
import { SearchView } from './search/SearchView';
import { useSearchController, type SearchController } from './search/useSearchController';
import { AppHeader } from './shell/AppHeader';
import { LoadFailed, LoadingState } from './shell/LoadingState';
import { NotFoundView } from './shell/NotFoundView';
import { SkipLink } from './shell/SkipLink';
import { useDocumentTitle } from './shell/useDocumentTitle';

// Views that need code the start-up does not (the extraction code to match notes, the Markdown
// writer for the activities export) are loaded when first opened.
// The reader (with the notes panel, links and language versions) and the list of all notes are
// loaded when first opened too: start-up shows the library and the search box only.
const ReportRoute = lazy(() => import('./reader/ReportRoute').then((module) => ({ default: module.ReportRoute })));
const AllNotesView = lazy(() => import('./notes/AllNotesView').then((module) => ({ default: module.AllNotesView })));
const EntityView = lazy(() => import('./entities/EntityView').then((module) => ({ default: module.EntityView })));
const ActivitiesView = lazy(() => import('./entities/ActivitiesView').then((module) => ({ default: module.ActivitiesView })));
// The comparison of revisions brings the diff code, needed only when a delegate asks what changed.
const ChangesRoute = lazy(() => import('./revisions/ChangesRoute').then((module) => ({ default: module.ChangesRoute })));
const TimelineView = lazy(() => import('./entities/TimelineView').then((module) => ({ default: module.TimelineView })));

export function App() {
  const route = useRoute();
  const state = useKnowledgeBase();
  const knowledgeBase = state.status === 'ready' ? state.knowledgeBase : null;
  // The box takes queries from the first render: one typed while the library loads is kept and
  // searched once the library is in (the searcher itself answers once the worker's index is).
  const { expectSearch } = useKnowledgeBaseStore();
  const search = useSearchController(route, knowledgeBase?.searcher ?? null, expectSearch);
  const searchInputRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const [areShortcutsShown, setShortcutsShown] = useState(false);
  const showShortcuts = useCallback(() => setShortcutsShown(true), []);
  useGlobalShortcuts(searchInputRef, showShortcuts);
  useDocumentTitle(useViewTitle(route, state));
  // The library's cards are made ahead, between keystrokes, while another view shows (libraryCards.ts).
  const [uiLanguage] = useUiLanguage();
  const documents = knowledgeBase?.documents ?? null;
  useEffect(() => (documents === null ? undefined : prepareLibraryCards(documents, uiLanguage)), [documents, uiLanguage]);

  const focusMain = useCallback(() => mainRef.current?.focus(), []);
  const { setQuery } = search;
  const pickQuery = useCallback(
    (query: string) => {
      setQuery(query);
      searchInputRef.current?.focus();
    },
    [setQuery],
  );

  return (
    <>
      <SkipLink onActivate={focusMain} />
      <AppHeader
        route={route}
        search={search}
        searchInputRef={searchInputRef}
        isSearchReady={state.status !== 'failed'}
        onLeaveSearch={focusMain}
      />
      <main id="main" ref={mainRef} tabIndex={-1} aria-busy={state.status === 'loading'} data-view={route.name}>
        <ReadOnlyBanner />
        <MainContent route={route} state={state} search={search} onPickQuery={pickQuery} />
      </main>
      {areShortcutsShown ? <ShortcutsDialog onClose={() => setShortcutsShown(false)} /> : null}
    </>
  );
}

interface MainContentProps {
  readonly route: Route;
  readonly state: KnowledgeBaseState;
  readonly search: SearchController;
  readonly onPickQuery: (query: string) => void;
}

function MainContent({ route, state, search, onPickQuery }: MainContentProps) {
  const { t } = useTranslation();
  const retry = useRetryLoading();
  if (state.status === 'failed') return <LoadFailed message={state.message} onRetry={retry} />;
  // Search shows its own "index loading" line, so typing can start before the data is in.
  if (route.name === 'search') {
    return (
      <SearchView
        controller={search}
        knowledgeBase={state.status === 'ready' ? state.knowledgeBase : null}
        onPickQuery={onPickQuery}
      />
    );
  }
  if (state.status === 'loading') return <LoadingState stage={state.stage} />;
  const { knowledgeBase } = state;
  switch (route.name) {
    case 'library':
      return <LibraryView documents={knowledgeBase.documents} documentById={knowledgeBase.documentById} />;
    case 'report':
      return (
        <Suspense fallback={<ViewLoading />}>
          <ReportRoute key={route.reportId} route={route} knowledgeBase={knowledgeBase} />
        </Suspense>
      );
    case 'entity':
      return (
        <CorpusGate>
          {(corpus) => (
            <Suspense fallback={<ViewLoading />}>
              <EntityView entityId={route.entityId} data={corpusEntityData(corpus.reports)} reportById={corpus.reportById} />
            </Suspense>
          )}
        </CorpusGate>
      );
    case 'activities':
      return (
        <CorpusGate>
          {(corpus) => (
            <Suspense fallback={<ViewLoading />}>
              <ActivitiesView data={corpusEntityData(corpus.reports)} />
            </Suspense>
          )}
        </CorpusGate>
      );
    case 'timeline':
      return (
        <CorpusGate>
          {(corpus) => (
            <Suspense fallback={<ViewLoading />}>
              <TimelineView data={corpusEntityData(corpus.reports)} />
            </Suspense>
          )}
        </CorpusGate>
      );
    case 'changes':
      return (
        <Suspense fallback={<ViewLoading />}>
          <ChangesRoute key={`${route.oldId}/${route.newId}`} route={route} />
        </Suspense>
      );
    case 'notes':
      return (
        <CorpusGate>
          {(corpus) => (
            <Suspense fallback={<ViewLoading />}>
              <AllNotesView reports={corpus.reports} reportById={corpus.reportById} />
            </Suspense>
          )}
        </CorpusGate>
      );
    case 'notFound':
      return <NotFoundView message={t('notFound.body', { hash: route.hash })} />;
  }
}

function nameOf(entity: Entity | undefined, language: string): string | undefined {
  return entity === undefined ? undefined : displayName(entity, language);
}

/** The name of the current view, for the window title. */
function useViewTitle(route: Route, state: KnowledgeBaseState): string | undefined {
  const { t, i18n } = useTranslation();
  switch (route.name) {
    case 'library':
      return t('library.heading');
    case 'search':
      return route.query === '' ? t('search.heading') : `${t('search.heading')}: ${route.query}`;
    case 'report':
      return state.status === 'ready' ? state.knowledgeBase.documentById.get(route.reportId)?.meta.title : undefined;
    case 'entity': {
      const corpus = state.status === 'ready' ? state.knowledgeBase.corpus : null;
      return corpus === null ? undefined : nameOf(corpusEntityData(corpus.reports).index.entityById.get(route.entityId), i18n.language);
    }
    case 'activities':
      return t('entities.activitiesHeading');
    case 'timeline':
      return t('entities.timelineHeading');
    case 'notes':
      return t('notes.allHeading');
    case 'changes': {
      const after = state.status === 'ready' ? state.knowledgeBase.documentById.get(route.newId) : undefined;
      return after === undefined ? undefined : `${t('revisions.heading', { newRevision: revisionLabel(after.meta) })}: ${after.meta.title}`;
    }
    case 'notFound':
      return t('notFound.heading');
  }
}

/** While a view's code loads (the first time it opens). */
function ViewLoading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loadingView')}
    </p>
  );
}
