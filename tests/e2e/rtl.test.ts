/**
 * The Arabic interface is laid out right to left at the window sizes delegates use: nothing runs
 * off the side of the window, the table of contents is on the right and the notes on the left
 * (the mirror of the left-to-right layout), no region draws over another, the Chinese report keeps
 * its own direction, and identifiers inside Arabic sentences are isolated so the bidi algorithm
 * cannot reorder them. Screenshots are kept in test-artifacts/e2e.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { annotatePassage, reportId } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { overlappingRegions, whyNotVisible } from './support/layoutChecks';

const app = useAppFixture();

const sizes = [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const regions = ['.reader > .toc', '.reader-article', '.notes-panel'];

/** Elements wider than the window or reaching past either edge (a horizontal scroll bar). */
function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (element.closest('.visually-hidden, [aria-hidden="true"]') !== null) continue;
      // Content inside a scrolling box may extend it; only what the page itself shows counts.
      let clipped = false;
      for (let parent = element.parentElement; parent !== null && parent !== document.body; parent = parent.parentElement) {
        const overflow = getComputedStyle(parent).overflowX;
        if (overflow !== 'visible') clipped = true;
      }
      if (clipped) continue;
      if (box.left < -1 || box.right > width + 1) problems.push(`${element.tagName.toLowerCase()}.${element.className}: ${Math.round(box.left)}…${Math.round(box.right)}`);
    }
    return problems.slice(0, 10);
  });
}

/** A region's horizontal extent, or null when it is not drawn. */
function extentOf(page: Page, selector: string): Promise<{ left: number; right: number } | null> {
  return page.evaluate((target) => {
    const box = document.querySelector(target)?.getBoundingClientRect();
    return box === undefined || box.width === 0 ? null : { left: box.left, right: box.right };
  }, selector);
}

/**
 * Identifiers (`C17/15`, `ITU-T`, `SG-17`, `X.509`) written inside right-to-left text and not
 * isolated: neither between FSI and PDI in the text, nor in an element the browser isolates
 * (unicode-bidi: isolate, <bdi>, or content in a language of its own).
 */
function unisolatedIdentifiers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const identifier = /[A-Z][A-Z0-9]*(?:[-./][A-Z0-9]+)+/g;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const problems: string[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (parent === null || !/\p{Script=Arabic}/u.test(text)) continue;
      if (getComputedStyle(parent).direction !== 'rtl') continue;
      for (const match of text.matchAll(identifier)) {
        const before = text.slice(0, match.index);
        const after = text.slice(match.index + match[0].length);
        const isIsolated = before.lastIndexOf('\u2068') > before.lastIndexOf('\u2069') && after.includes('\u2069');
        if (!isIsolated) problems.push(`${match[0]} in “${text.trim().slice(0, 60)}”`);
      }
    }
    return problems;
  });
}

describe('Arabic, right to left', () => {
  test.each(sizes)('$width×$height: the reader mirrored, nothing off the window, regions apart', async ({ width, height }) => {
    const { page } = await app.open(`#/report/${reportId}/4.3`, { context: { viewport: { width, height }, locale: 'ar-EG' } });
    // The report loads when opened: measure once its text is there.
    await page.locator('[data-unit="4.3"] .unit-text').waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await overlappingRegions(page, regions), 'regions drawn over each other').toEqual([]);

    const toc = await extentOf(page, '.reader > .toc');
    const article = await extentOf(page, '.reader-article');
    const notes = await extentOf(page, '.notes-panel');
    expect(article).not.toBeNull();
    // Where the table of contents is drawn beside the text (not above it), it is on its right;
    // the notes panel, where beside, on the left of the table of contents.
    const isBeside = (a: { left: number; right: number }, b: { left: number; right: number }): boolean => a.right <= b.left + 1 || a.left >= b.right - 1;
    if (toc !== null && isBeside(toc, article!)) expect(toc.left).toBeGreaterThanOrEqual(article!.right - 1);
    if (toc !== null && notes !== null && isBeside(toc, notes)) expect(notes.right).toBeLessThanOrEqual(toc.left + 1);

    // The Chinese report reads left to right inside the Arabic interface.
    expect(await page.locator('[data-unit="4.3"] .unit-text').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(await whyNotVisible(page, '[data-unit="4.3"] .unit-number')).toBe('');

    await annotatePassage(page, '4.3', 0, 6);
    for (const part of ['.note-editor h3', '.note-editor textarea']) expect(await whyNotVisible(page, part), part).toBe('');
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await overlappingRegions(page, regions)).toEqual([]);
    await screenshot(page, `rtl-${width}x${height}-reader`);

    await page.goto(page.url().replace(/#.*$/, '#/activities'));
    await page.locator('.activity-table tbody tr').first().waitFor();
    expect(await horizontalOverflow(page)).toEqual([]);
    await screenshot(page, `rtl-${width}x${height}-activities`);
  });

  test('identifiers in Arabic sentences are isolated (search with no result, examples, header)', async () => {
    const { page } = await app.open('#/search?q=QQ-77/88', { context: { viewport: { width: 1366, height: 768 }, locale: 'ar' } });
    await page.locator('.no-results').first().waitFor();
    const texts = await page.locator('main').innerText();
    expect(texts).toMatch(/\p{Script=Arabic}/u);
    expect(await unisolatedIdentifiers(page)).toEqual([]);
    // The query is shown inside the Arabic sentence as one isolated run.
    expect(await page.evaluate(() => document.body.textContent?.includes('\u2068QQ-77/88\u2069'))).toBe(true);
    await screenshot(page, 'rtl-search-empty');

    for (const hash of ['#/', '#/search?q=SG-17', `#/report/${reportId}`, '#/activities', '#/entity/study-group:itu-t-17']) {
      await page.goto(page.url().replace(/#.*$/, hash));
      await page.locator('main h1, main h2').first().waitFor();
      expect(await unisolatedIdentifiers(page), hash).toEqual([]);
      expect(await horizontalOverflow(page), hash).toEqual([]);
    }
  });

  test('numbers and dates follow the Arabic locale with the Western digits of ITU texts', async () => {
    const { page } = await app.open('#/timeline', { context: { viewport: { width: 1366, height: 768 }, locale: 'ar' } });
    const heading = page.locator('main h2, main h3').first();
    await heading.waitFor();
    const months = await page.locator('main').innerText();
    // Month names in Arabic, years in 0-9 digits (not ٠-٩).
    expect(months).toMatch(/(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \d{4}/u);
    expect(months).not.toMatch(/[٠-٩]/u);
  });
});
