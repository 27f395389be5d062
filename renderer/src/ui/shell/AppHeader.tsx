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

/** The views the main navigation links to, with their labels' keys. */
const navigation = [
  ['library', 'app.library'],
  ['notes', 'notes.nav'],
  ['activities', 'entities.navActivities'],
  ['timeline', 'entities.navTimeline'],
] as const;

/** The main navigation, the current view's link marked. Memoised: each keystroke re-renders the header with the search box. */
const PrimaryNav = memo(function PrimaryNav({ current }: { current: Route['name'] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('app.primaryNavigation')} className="primary-nav">
      {navigation.map(([name, label]) => (
        <a key={name} href={formatRoute({ name })} aria-current={current === name ? 'page' : undefined}>
          {t(label)}
        </a>
      ))}
    </nav>
  );
});
