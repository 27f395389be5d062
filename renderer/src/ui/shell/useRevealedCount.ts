/**
 * A long list rendered a part at a time: the first items at once, more each time the end of the
 * list comes within a screen of the window (or the delegate asks for more). The library of 1,000
 * documents spent most of its start-up rendering cards nobody had scrolled to; 10,000 would not
 * start at all. Unlike a windowed list (notes/VirtualList.tsx), what has been shown stays in the
 * page, in the page's own scroll and layout, so find-in-page works on it.
 */
import { startTransition, useCallback, useEffect, useState } from 'react';

/**
 * Items shown at first: more than a tall window holds, and not many more. The library's first
 * render comes as a delegate may start typing, and keystrokes typed then wait for it: at 1,000
 * reports, from that render to its commit, median of 10 fresh loads: 78 ms with 40 cards, 59 ms
 * with 20, 36 ms with 16. Twenty library cards (155 px each at 1,366 px wide) end 3,350 px down the
 * page, beyond the reach (a screen, below) of a window up to 1,650 px tall, which therefore does
 * not bring in the next step at once.
 */
export const firstRevealed = 20;
/** Items added each time the end of the list comes near. */
export const revealStep = 100;

export interface RevealedCount {
  /** How many items to render, from the start of the list. */
  readonly count: number;
  /** How many `more()` would add (0 when every item is shown). */
  readonly next: number;
  /** Shows the next `next` items. */
  readonly more: () => void;
  /** For the element just after the list: when it comes within a screen of the window, more are shown. */
  readonly endRef: (element: HTMLElement | null) => void;
}

export interface RevealOptions {
  /** Items shown at first (default firstRevealed). */
  readonly first?: number;
  /** Items added each time (default revealStep). */
  readonly step?: number;
  /** A new list: when this changes, the count starts again from `first` (search results of another query). */
  readonly resetKey?: string;
  /** How near the window the end must come for more (IntersectionObserver rootMargin; default a screen). */
  readonly reach?: string;
}

export function useRevealedCount(total: number, options: RevealOptions = {}): RevealedCount {
  const { first = firstRevealed, step = revealStep, resetKey = '', reach = '100% 0px' } = options;
  const [revealed, setRevealed] = useState({ resetKey, count: first });
  const [end, setEnd] = useState<HTMLElement | null>(null);
  // Adjusted while rendering (not in an effect), so a new list never renders its first frame at the old count.
  if (revealed.resetKey !== resetKey) setRevealed({ resetKey, count: first });
  const shown = revealed.resetKey === resetKey ? revealed.count : first;
  const count = Math.min(total, shown);
  const next = Math.min(step, total - count);
  const more = useCallback(() => setRevealed((current) => ({ ...current, count: current.count + step })), [step]);
  useEffect(() => {
    if (end === null || next === 0 || typeof IntersectionObserver === 'undefined') return;
    // Observed afresh after each step: when the items added leave the end still in reach, the
    // first report of the new observer says so and the next step follows.
    const observer = new IntersectionObserver((entries) => {
      // A transition: rendering the cards added never holds up a key pressed meanwhile.
      if (entries.some((entry) => entry.isIntersecting)) startTransition(more);
    }, { rootMargin: reach });
    observer.observe(end);
    return () => observer.disconnect();
  }, [end, next, count, more, reach]);
  return { count, next, more, endRef: setEnd };
}
