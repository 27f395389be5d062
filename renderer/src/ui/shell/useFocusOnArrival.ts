/**
 * Moves focus to a view's heading when the view opens, so keyboard and screen reader users
 * start there (a client-side route change otherwise leaves focus on the link just clicked).
 * Never while the user is typing in a field: search-as-you-type must keep its focus.
 */
import { useEffect, type RefObject } from 'react';
import { isEditableElement } from '../keyboard/shortcuts';

export function useFocusOnArrival(target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (isEditableElement(document.activeElement)) return;
    target.current?.focus({ preventScroll: true });
  }, [target]);
}
