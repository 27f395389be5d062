/** The banner: the app's name, the main navigation, the search box and the language switch. */
import { memo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../export/ExportButton';
import { formatRoute, type Route } from '../routing/route';
import { SearchBox } from '../search/SearchBox';
import type { SearchController } from '../search/useSearchController';
import { LanguageSwitch } from './LanguageSwitch';
import { useHeaderHeight } from './useHeaderHeight';

interface AppHeaderProps {
  readonly route: Route;
  readonly search: SearchController;
  readonly searchInputRef: RefObject<HTMLInputElement | null>;
  readonly isSearchReady: boolean;
  readonly onLeaveSearch: () => void;
}

export function AppHeader({ route, search, searchInputRef, isSearchReady, onLeaveSearch }: AppHeaderProps) {
  const { t } = useTranslation();
  const headerRef = useRef<HTMLElement>(null);
  useHeaderHeight(headerRef);
  return (
    <header className="app-header" ref={headerRef}>
      <span className="brand">{t('app.name')}</span>
      <PrimaryNav current={route.name} />
      <SearchBox controller={search} inputRef={searchInputRef} isReady={isSearchReady} onLeave={onLeaveSearch} />
      <span className="offline-badge" title={t('app.offlineBadgeHint')}>
        {t('app.offlineBadge')}
      </span>
      <ExportButton />
      <LanguageSwitch />
    </header>
  );
}

/** The main navigation, the current view's link marked. Memoised: each keystroke re-renders the header with the search box. */
const PrimaryNav = memo(function PrimaryNav({ current }: { current: Route['name'] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('app.primaryNavigation')} className="primary-nav">
      <a href={formatRoute({ name: 'library' })} aria-current={current === 'library' ? 'page' : undefined}>
        {t('app.library')}
      </a>
      <a href={formatRoute({ name: 'notes' })} aria-current={current === 'notes' ? 'page' : undefined}>
        {t('notes.nav')}
      </a>
      <a href={formatRoute({ name: 'activities' })} aria-current={current === 'activities' ? 'page' : undefined}>
        {t('entities.navActivities')}
      </a>
      <a href={formatRoute({ name: 'timeline' })} aria-current={current === 'timeline' ? 'page' : undefined}>
        {t('entities.navTimeline')}
      </a>
    </nav>
  );
});
