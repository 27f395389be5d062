/**
 * Geometry a delegate notices: whether something is on screen, uncovered, and whether two
 * regions of the page draw over each other. Measured in the page with the real layout.
 */
import type { Page } from 'playwright-core';

export interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * Whether the element lies inside the window below the pinned header, and the point at its
 * centre is the element itself (nothing pinned is drawn over it). '' when it is, else why not.
 */
export function whyNotVisible(page: Page, selector: string): Promise<string> {
  return page.evaluate((target) => {
    const element = document.querySelector(target);
    if (element === null) return `no ${target}`;
    const box = element.getBoundingClientRect();
    const headerBottom = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
    if (box.height === 0) return `${target} has no height`;
    if (box.top < headerBottom - 0.5 || box.bottom > window.innerHeight + 0.5) {
      return `${target} spans ${Math.round(box.top)}–${Math.round(box.bottom)} px; the window shows ${Math.round(headerBottom)}–${window.innerHeight}`;
    }
    const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 12));
    if (atCentre === null || (atCentre !== element && !element.contains(atCentre))) {
      return `${target} is covered by ${atCentre === null ? 'nothing?' : `${atCentre.tagName.toLowerCase()}.${String(atCentre.className)}`}`;
    }
    return '';
  }, selector);
}

/**
 * Pairs of the given regions whose visible parts overlap by more than a pixel. Content scrolls
 * under the pinned header by design, so the parts compared are those below the header.
 */
export function overlappingRegions(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate((targets) => {
    const headerBottom = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
    const visible = targets.flatMap((target) => {
      const element = document.querySelector(target);
      if (element === null) return [];
      const box = element.getBoundingClientRect();
      const clipped = { target, top: Math.max(box.top, headerBottom), bottom: Math.min(box.bottom, window.innerHeight), left: Math.max(box.left, 0), right: Math.min(box.right, window.innerWidth) };
      return clipped.bottom - clipped.top > 0 && clipped.right - clipped.left > 0 ? [clipped] : [];
    });
    const overlaps: string[] = [];
    for (const [i, a] of visible.entries()) {
      for (const b of visible.slice(i + 1)) {
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        if (height > 1 && width > 1) overlaps.push(`${a.target} × ${b.target}: ${Math.round(width)}×${Math.round(height)} px`);
      }
    }
    return overlaps;
  }, selectors);
}

/** Whether the first body row of each table on the page is drawn uncovered ('' for each that is). */
export function hiddenFirstRows(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')].flatMap((table, index) => {
      const row = table.tBodies[0]?.rows[0];
      if (row === undefined) return [];
      const box = row.getBoundingClientRect();
      const atCentre = document.elementFromPoint(box.left + 8, box.top + box.height / 2);
      return atCentre !== null && row.contains(atCentre) ? [] : [`table ${index}: its first row is under ${atCentre?.tagName.toLowerCase() ?? 'nothing'}`];
    }),
  );
}
