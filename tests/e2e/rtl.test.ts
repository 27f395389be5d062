/**
 * The Arabic interface is laid out right to left at the window sizes delegates use: nothing runs
 * off the side of the window, the table of contents is on the right and the notes on the left
 * (the mirror of the left-to-right layout), no region draws over another, the Chinese report keeps
 * its own direction, and identifiers inside Arabic sentences are isolated so the bidi algorithm
 * cannot reorder them. The newer views too: "What changed" with notes to review, two versions
 * side by side (each column in its document's direction), the import panel and the duplicate
 * dialog. Screenshots are kept in test-artifacts/e2e.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../../build/paths';
import type { WebServer } from '../../build/webServer';
import { importAr } from '../../renderer/src/ui/import/i18n/importAr';
import { noteOn } from '../core/export/exportFixtures';
import { revisionDocument } from '../fixtures/revisionFixtures';
import { annotatePassage, reportId, seedNotes } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { overlappingRegions, whyNotVisible } from './support/layoutChecks';
import { waitUntil } from './support/pageChecks';
import { startRevisionLibrary, type RevisionLibrary } from './support/revisionLibrary';
import { startVersionsApp } from './support/versionsApp';

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

/** The two window sizes of a delegate's laptop the newer views are checked at. */
const laptops = [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
] as const;
const arabic = 'ar-EG';

/** Pairs of elements matching `selector` drawn over each other (buttons in a row, cells of a row). */
function overlappingSiblings(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) => {
    const boxes = elements.map((element) => ({ text: element.textContent ?? '', box: element.getBoundingClientRect() }));
    const overlaps: string[] = [];
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > 1 && y > 1) overlaps.push(`${a.text} / ${b.text}`);
      }
    }
    return overlaps;
  });
}

describe('Arabic, right to left: what changed between two revisions', () => {
  let library: RevisionLibrary;
  beforeAll(async () => {
    library = await startRevisionLibrary();
  });
  afterAll(async () => {
    await library.close();
  });

  test.each(laptops)('$width×$height: the English changes read left to right in the mirrored view; counts, review and list apart', async ({ width, height }) => {
    const before = revisionDocument('en', 0);
    const after = revisionDocument('en', 1);
    const notes = [
      noteOn('1.2', { body: 'Drills', passage: 'twelve regional cyber drills' }, before),
      noteOn('3.4', { body: 'Budget', passage: 'annual budget' }, before),
      noteOn('1.3', { body: 'Toolkit', passage: 'toolkit on national strategies' }, before),
    ];
    const { page } = await app.open('#/notes', { server: library.server, context: { viewport: { width, height }, locale: arabic } });
    await page.locator('.notes-count[data-count]').waitFor();
    await seedNotes(page, notes);
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/report/${after.meta.id}`);
    // Three notes wait on Rev.0: Arabic's "few" form, the revision isolated in the sentence.
    const waiting = page.locator('.reader .notes-to-review');
    await waiting.waitFor();
    expect(await waiting.textContent()).toBe('3 ملاحظات على \u2068Rev.0\u2069 للمراجعة');

    await waiting.click();
    await page.locator('.carried-note').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('main h1').textContent()).toBe('ما الذي تغيّر في \u2068Rev.1\u2069');
    // The document's paragraphs keep their own direction; the interface's sentences are right to left.
    expect(await page.locator('.change-text').first().evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(await page.locator('.changes-subtitle').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    // The current change's bar is on the side lines start from: the right.
    const bar = await page.locator('.change-entry').first().evaluate((element) => [getComputedStyle(element).borderRightWidth, getComputedStyle(element).borderLeftWidth]);
    expect(bar).toEqual(['4px', '0px']);

    for (const selector of ['main h1', '.change-summary', '.carried-note .carried-status', '.carried-note button']) {
      expect(await whyNotVisible(page, selector), selector).toBe('');
    }
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await overlappingRegions(page, ['.change-summary', '.carried-notes', '.change-list'])).toEqual([]);
    expect(await overlappingRegions(page, ['.carried-note [data-side="old"]', '.carried-note [data-side="new"]'])).toEqual([]);
    expect(await overlappingSiblings(page, '.carried-note:first-child .carried-actions > *')).toEqual([]);
    await screenshot(page, `rtl-${width}x${height}-changes`);
  });
});

describe('Arabic, right to left: two language versions side by side', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startVersionsApp();
  });
  afterAll(async () => {
    await server.close();
  });

  test.each(laptops)('$width×$height: English beside Arabic, each column in its own direction, the interface mirrored', async ({ width, height }) => {
    const { page } = await app.open('#/report/c17-77-en/2.1?beside=c17-77-ar', { server, context: { viewport: { width, height }, locale: arabic } });
    await page.locator('.side-by-side').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const cells = await page.locator('.version-row[data-unit="2.1"] .version-cell').evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { lang: element.getAttribute('lang'), direction: getComputedStyle(element).direction, top: box.top, bottom: box.bottom, left: box.left, right: box.right };
      }),
    );
    expect(cells.map(({ lang, direction }) => [lang, direction])).toEqual([
      ['en', 'ltr'],
      ['ar', 'rtl'],
    ]);
    const [first, second] = cells as [(typeof cells)[number], (typeof cells)[number]];
    const isSideBySide = Math.abs(first.top - second.top) < 2;
    // Beside each other the first column is on the right, as the interface reads; stacked, one under the other.
    if (isSideBySide) expect(first.left).toBeGreaterThanOrEqual(second.right - 1);
    else expect(second.top).toBeGreaterThanOrEqual(first.bottom - 1);

    // Each paragraph's number stands before its text in the column's own direction, a gap between them.
    const numberGaps = await page.locator('.version-row[data-unit="2.1"] .version-cell').evaluateAll((elements) =>
      elements.map((cell) => {
        // The number's glyphs, not its box (the gap is the box's padding).
        const range = document.createRange();
        range.selectNodeContents(cell.querySelector('.unit-number')!);
        const number = range.getBoundingClientRect();
        const text = cell.querySelector('.unit-text')!.getClientRects()[0]!;
        return getComputedStyle(cell).direction === 'rtl' ? number.left - text.right : text.left - number.right;
      }),
    );
    for (const gap of numberGaps) expect(gap).toBeGreaterThanOrEqual(4);
    // The deep link brings 2.1 into view; back at the top, the heading and the column switches.
    expect(await whyNotVisible(page, '.version-row[data-unit="2.1"] .version-cell-right')).toBe('');
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await overlappingRegions(page, ['.version-row[data-unit="2.1"] .version-cell-left', '.version-row[data-unit="2.1"] .version-cell-right'])).toEqual([]);
    await screenshot(page, `rtl-${width}x${height}-side-by-side`);
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const selector of ['.side-by-side h1', '.side-by-side-controls']) expect(await whyNotVisible(page, selector), selector).toBe('');
    expect(await overlappingSiblings(page, '.side-by-side-controls > *')).toEqual([]);
    expect(await horizontalOverflow(page)).toEqual([]);
    await screenshot(page, `rtl-${width}x${height}-side-by-side-top`);
  });
});

describe('Arabic, right to left: adding documents', () => {
  const fixture = (name: string): string => path.join(repoRoot, 'tests/fixtures/import', name);

  test.each(laptops)(
    '$width×$height: the duplicate dialog and the progress panel fit the mirrored window; the panel in the bottom-left corner',
    async ({ width, height }) => {
      const { page } = await app.open('#/', { context: { viewport: { width, height }, locale: arabic } });
      // The PDF is the same document (C17/18, English, no revision) as the DOCX: the dialog asks.
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: importAr.add }).click();
      await (await chooser).setFiles(['council-numbering.docx', 'council-layout.pdf'].map(fixture));
      const dialog = page.locator('dialog.duplicate-dialog');
      await dialog.waitFor();
      expect(await dialog.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      expect(await dialog.locator('h2').textContent()).toBe(importAr.duplicate.title);
      // The file name is isolated inside the Arabic sentence, its dot and hyphen kept in place.
      expect(await dialog.textContent()).toContain('«\u2068council-layout.pdf\u2069»');
      for (const selector of ['dialog.duplicate-dialog h2', 'dialog.duplicate-dialog .duplicate-choices']) expect(await whyNotVisible(page, selector), selector).toBe('');
      expect(await overlappingSiblings(page, 'dialog.duplicate-dialog .duplicate-choices button')).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);
      await screenshot(page, `rtl-${width}x${height}-import-duplicate`);

      await dialog.getByRole('button', { name: importAr.duplicate.keepBoth }).click();
      const panel = page.locator('.import-panel');
      await waitUntil(
        () => panel.locator('.import-file').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status'))),
        (statuses) => statuses.length === 2 && statuses.every((status) => status === 'added' || status === 'kept-both'),
        'both files added',
        60_000,
      );
      expect(await panel.locator('.import-file-status').allTextContents()).toEqual([importAr.status.added, importAr.status.keptBoth]);
      const box = await panel.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return { left: rect.left, right: rect.right, width: document.documentElement.clientWidth };
      });
      // In the corner where Arabic lines end: the left.
      expect(box.left).toBeLessThan(box.width - box.right);
      for (const selector of ['.import-panel h2', '.import-close', '.import-file:last-child .import-file-status', '.add-documents-button']) {
        expect(await whyNotVisible(page, selector), selector).toBe('');
      }
      expect(await horizontalOverflow(page)).toEqual([]);
      await screenshot(page, `rtl-${width}x${height}-import-panel`);
    },
    120_000,
  );
});
