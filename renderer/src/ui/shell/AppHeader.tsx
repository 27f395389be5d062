/** The banner: the app's name, the main navigation, the search box and the language switch. */
import { useRef, type RefObject } from 'react';
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
      <nav aria-label={t('app.primaryNavigation')} className="primary-nav">
        <a href={formatRoute({ name: 'library' })} aria-current={route.name === 'library' ? 'page' : undefined}>
          {t('app.library')}
        </a>
        <a href={formatRoute({ name: 'notes' })} aria-current={route.name === 'notes' ? 'page' : undefined}>
          {t('notes.nav')}
        </a>
        <a href={formatRoute({ name: 'activities' })} aria-current={route.name === 'activities' ? 'page' : undefined}>
          {t('entities.navActivities')}
        </a>
        <a href={formatRoute({ name: 'timeline' })} aria-current={route.name === 'timeline' ? 'page' : undefined}>
          {t('entities.navTimeline')}
        </a>
      </nav>
      <SearchBox controller={search} inputRef={searchInputRef} isReady={isSearchReady} onLeave={onLeaveSearch} />
      <span className="offline-badge" title={t('app.offlineBadgeHint')}>
        {t('app.offlineBadge')}
      </span>
      <ExportButton />
      <LanguageSwitch />
    </header>
  );
}
