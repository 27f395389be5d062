/** Installs the app-wide keyboard shortcuts (see shortcuts.ts) for as long as the app is mounted. */
import { useEffect, type RefObject } from 'react';
import { isEditableElement, shortcutOf } from './shortcuts';

export function useGlobalShortcuts(searchInput: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const target = event.target instanceof Element ? event.target : null;
      const shortcut = shortcutOf({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        isInEditable: isEditableElement(target),
        isComposing: event.isComposing,
      });
      if (shortcut !== 'focusSearch' || searchInput.current === null) return;
      // Ctrl+K would otherwise focus the browser's address bar; `/` would open quick find.
      event.preventDefault();
      searchInput.current.focus();
      searchInput.current.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [searchInput]);
}
