/** Installs the app-wide keyboard shortcuts (see shortcuts.ts) for as long as the app is mounted. */
import { useEffect, type RefObject } from 'react';
import { keyFactsOf } from './keyFacts';
import { shortcutOf } from './shortcuts';

export function useGlobalShortcuts(searchInput: RefObject<HTMLInputElement | null>, onShowShortcuts: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const shortcut = shortcutOf(keyFactsOf(event));
      if (shortcut === 'showShortcuts') {
        event.preventDefault();
        onShowShortcuts();
        return;
      }
      if (shortcut !== 'focusSearch' || searchInput.current === null) return;
      // Ctrl+K would otherwise focus the browser's address bar; `/` would open quick find.
      event.preventDefault();
      searchInput.current.focus();
      searchInput.current.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [searchInput, onShowShortcuts]);
}
