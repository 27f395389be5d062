/**
 * The search box: an ARIA combobox (APG "list autocomplete") whose list is the result list in
 * the main area. Focus stays in the input; arrow keys move aria-activedescendant through the
 * results, Enter opens one, Esc leaves the box for the content.
 */
import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { resultListId, resultOptionId, searchInputId } from './searchIds';
import { useComposedInput } from './useComposedInput';
import type { SearchController } from './useSearchController';

interface SearchBoxProps {
  readonly controller: SearchController;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  /**
   * Whether the box takes queries and will answer them (from the first render until loading
   * fails: a query typed meanwhile is answered once the library and index are in); marked on
   * the input for tests and the benchmark.
   */
  readonly isReady: boolean;
  /** Where Esc sends focus. */
  readonly onLeave: () => void;
}

export function SearchBox({ controller, inputRef, isReady, onLeave }: SearchBoxProps) {
  const { t } = useTranslation();
  const { activePosition, isShowingResults, grouped, noteHits } = controller;
  const composed = useComposedInput(controller.query, controller.setQuery);
  const hasResults = isShowingResults && grouped.ordered.length + noteHits.length > 0;

  useEffect(() => {
    // The benchmark's "search box interactive" is this moment.
    if (isReady) performance.mark('kb:search-ready');
  }, [isReady]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    // Keys typed while an IME composes Chinese belong to the IME (Enter picks a candidate).
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        controller.moveActive(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        controller.moveActive(-1);
        break;
      case 'Enter':
        event.preventDefault();
        controller.openResult();
        break;
      case 'Escape':
        // Leave the box; the query stays, so / or Ctrl+K comes back to it.
        event.preventDefault();
        onLeave();
        break;
    }
  };

  return (
    <div role="search" className="search-box">
      <label htmlFor={searchInputId} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={searchInputId}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={hasResults}
        aria-controls={hasResults ? resultListId : undefined}
        aria-activedescendant={hasResults && activePosition >= 0 ? resultOptionId(activePosition) : undefined}
        aria-describedby="search-hint"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={t('search.placeholder')}
        {...composed}
        onKeyDown={onKeyDown}
        data-ready={isReady ? 'true' : 'false'}
      />
      <kbd className="search-shortcut" aria-hidden="true">
        {t('search.shortcutBadge')}
      </kbd>
      <span id="search-hint" className="visually-hidden">
        {t('search.shortcutsHint')}
      </span>
    </div>
  );
}
