/**
 * Annotating from the keyboard: `N` makes a note on the passage selected in the text (selected
 * with the mouse, or with Shift+arrows under caret browsing, F7), else on the paragraph that has
 * focus (a deep link, a search hit or Tab lands on one). The keyboard counterpart of the
 * Annotate button and of ✎; listed in the shortcut list (`?`).
 */
import { useEffect, type RefObject } from 'react';
import type { Unit } from '../../core/report/types';
import { keyFactsOf } from '../keyboard/keyFacts';
import { shortcutOf } from '../keyboard/shortcuts';
import { currentUnitSelection, type UnitSelection } from './selectionOffsets';

interface AnnotateActions {
  readonly annotateUnit: (unit: Unit) => void;
  readonly annotateSelection: (selection: UnitSelection) => void;
}

/** Null actions (read-only notes) install nothing. */
export function useAnnotateShortcut(
  root: RefObject<HTMLElement | null>,
  unitByNumber: ReadonlyMap<string, Unit>,
  actions: AnnotateActions | null,
): void {
  useEffect(() => {
    if (actions === null) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      const element = root.current;
      if (element === null || shortcutOf(keyFactsOf(event)) !== 'annotate') return;
      const selection = currentUnitSelection(element);
      if (selection !== null) {
        event.preventDefault();
        actions.annotateSelection(selection);
        window.getSelection()?.removeAllRanges();
        return;
      }
      const focused = document.activeElement?.closest<HTMLElement>('[data-unit]');
      const unit = focused != null && element.contains(focused) ? unitByNumber.get(focused.dataset.unit ?? '') : undefined;
      if (unit === undefined) return;
      event.preventDefault();
      actions.annotateUnit(unit);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [root, unitByNumber, actions]);
}
