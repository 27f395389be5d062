/**
 * Keeps the CSS variable `--header-height` equal to the header's real height. Everything pinned
 * under the header (table of contents, notes panel, table headings, scroll padding) is placed
 * with it; the header wraps to two lines in narrow windows or with larger text, and a height
 * copied into the stylesheet by hand then hid what lay under its second line.
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = header.current;
    if (element === null) return;
    const root = document.documentElement;
    const update = (): void => root.style.setProperty('--header-height', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-height');
    };
  }, [header]);
}
