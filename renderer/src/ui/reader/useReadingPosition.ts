/**
 * Scrolls the reader to where it should be and keeps track of where the user is:
 * - a route with a unit (deep link, search hit) scrolls that unit to the middle and focuses it;
 * - a route without one goes back to the unit last read in that report;
 * - while the user scrolls, the unit at the top is remembered (per report, in localStorage)
 *   and reported so the table of contents can mark the current section.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { isEditableElement } from '../keyboard/shortcuts';
import { unitElementId } from './reportOutline';
import { readingPosition, rememberReadingPosition } from './readingPositions';
import { firstItemBelow } from './topVisibleUnit';

/** Writing localStorage on every frame of a scroll is wasteful; this often is plenty. */
const rememberDelayMs = 300;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The bottom edge of the sticky header: units above this line are hidden under it. */
function readingLine(): number {
  return document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
}

function focusMovedSince(atArrival: Element | null | undefined): boolean {
  if (atArrival === undefined) return false;
  const now = document.activeElement;
  return now !== atArrival && isEditableElement(now);
}

/** Returns the number of the unit at the top of the reading area. */
export function useReadingPosition(
  reportId: string,
  targetUnit: string | undefined,
  body: RefObject<HTMLElement | null>,
  focusAtArrival?: Element | null,
): string | undefined {
  const [topUnit, setTopUnit] = useState<string | undefined>(targetUnit);
  // Where our own jump left the page: the scroll event it causes is not the user reading on,
  // and must not replace the unit jumped to (which sits mid-screen) with the one at the top.
  const landedAt = useRef<number | null>(null);

  // Layout effect: the jump happens before the first paint, so the top of the report never flashes.
  useLayoutEffect(() => {
    const store = storage();
    const wanted = targetUnit ?? (store ? readingPosition(store, reportId) : undefined);
    const element = wanted === undefined ? null : document.getElementById(unitElementId(wanted));
    if (element === null) {
      window.scrollTo({ top: 0 });
      landedAt.current = null;
      return;
    }
    element.scrollIntoView({ block: targetUnit === undefined ? 'start' : 'center' });
    landedAt.current = window.scrollY;
    // Focus follows the reading position so Tab continues from there, not from the page top;
    // but a delegate who pressed / and typed while the report loaded keeps typing in the box.
    if (!focusMovedSince(focusAtArrival)) element.focus({ preventScroll: true });
    setTopUnit(wanted);
    if (targetUnit !== undefined && store) rememberReadingPosition(store, reportId, targetUnit);
  }, [reportId, targetUnit, focusAtArrival]);

  useEffect(() => {
    const root = body.current;
    if (root === null) return;
    // The report's units do not change while it is open, so one query serves every scroll.
    const units = Array.from(root.querySelectorAll<HTMLElement>('[data-unit]'));
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = (): void => {
      frame = 0;
      if (window.scrollY === landedAt.current) return;
      landedAt.current = null;
      const line = readingLine() + 1;
      const index = firstItemBelow(units.length, (i) => units[i]!.getBoundingClientRect().bottom, line);
      const unit = units[index]?.dataset.unit;
      if (unit === undefined) return;
      setTopUnit(unit);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const store = storage();
        if (store) rememberReadingPosition(store, reportId, unit);
      }, rememberDelayMs);
    };
    const onScroll = (): void => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [reportId, body]);

  return topUnit;
}
