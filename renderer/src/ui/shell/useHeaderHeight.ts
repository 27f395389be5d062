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
    // The observer reports the first height too, after the browser's layout and before the
    // paint: measuring here (getBoundingClientRect) would force a layout of the whole page in
    // the middle of React's first commit, the costliest step of start-up.
    const observer = new ResizeObserver((entries) => {
      const height = entries.at(-1)?.borderBoxSize[0]?.blockSize;
      if (height !== undefined) root.style.setProperty('--header-height', `${Math.ceil(height)}px`);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-height');
    };
  }, [header]);
}
