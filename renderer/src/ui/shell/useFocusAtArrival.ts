/**
 * What had the focus when a route (named by `key`) was entered. A view that loads before it
 * shows compares with it to learn whether the user moved the focus meanwhile (pressed / and
 * began a search): then the view must not take the focus back.
 */
import { useMemo } from 'react';

export function useFocusAtArrival(key: string): Element | null {
  // Read during render on purpose: effects run after the view's own, too late to tell.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => document.activeElement, [key]);
}
