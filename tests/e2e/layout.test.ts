/**
 * Layout is behaviour: at the window sizes delegates use, in both interface languages and both
 * colour schemes, the note editor opens in view, no region of the reader draws over another,
 * and the first row of every table is visible. Screenshots are kept in test-artifacts/e2e.
 */
import { describe, expect, test } from 'vitest';
import { annotatePassage, reportId, typeAndWaitForSaved } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { contrastViolations } from './support/axe';
import { hiddenFirstRows, overlappingRegions, whyNotVisible } from './support/layoutChecks';

const app = useAppFixture();

const sizes = [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const languages = [
  { lang: 'zh', locale: 'zh-CN' },
  { lang: 'en', locale: 'en-US' },
] as const;
const schemes = ['light', 'dark'] as const;

const cases = sizes.flatMap((size) => languages.flatMap((language) => schemes.map((scheme) => ({ ...size, ...language, scheme }))));
const regions = ['.reader > .toc', '.reader-article', '.notes-panel'];

describe('layout at common window sizes', () => {
  test.each(cases)('$width×$height, $lang, $scheme: editor in view, regions apart, first table rows visible', async ({ width, height, lang, locale, scheme }) => {
    const name = `${width}x${height}-${lang}-${scheme}`;
    const { page } = await app.open(`#/report/${reportId}/4.3`, { context: { viewport: { width, height }, locale, colorScheme: scheme } });
    // The app is ready before the report it opens is fetched and scrolled to: measure the reader once it is.
    await page.locator('[data-unit="4.3"].is-target').waitFor();
    expect(await overlappingRegions(page, regions), 'regions drawn over each other').toEqual([]);
    expect(await overlappingRegions(page, ['.reader > .toc', '.notes-panel', '.related-paragraphs'])).toEqual([]);
    expect(await whyNotVisible(page, '[data-unit="4.3"] .unit-number'), 'the paragraph the link opened').toBe('');

    await annotatePassage(page, '4.3', 0, 6);
    for (const part of ['.note-editor h3', '.note-editor .note-quote', '.note-editor textarea']) {
      expect(await whyNotVisible(page, part), part).toBe('');
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains('note-body-input'))).toBe(true);
    // Annotating does not move the text away from the delegate: the paragraph is still there.
    expect(await whyNotVisible(page, '[data-unit="4.3"] .unit-number')).toBe('');
    expect(await overlappingRegions(page, regions)).toEqual([]);
    await screenshot(page, `layout-${name}-editor`);

    await page.goto(page.url().replace(/#.*$/, '#/activities'));
    await page.locator('.activity-table tbody tr').first().waitFor();
    await page.locator('.activity-table').evaluate((table) => table.scrollIntoView({ block: 'start' }));
    expect(await hiddenFirstRows(page)).toEqual([]);
    // Every column fits the window: the last one (partner organisations) needs no sideways scroll.
    expect(await whyNotVisible(page, '.activity-table thead th:last-child'), 'the last column heading').toBe('');
    await screenshot(page, `layout-${name}-activities`);
  });

  test('between 769 and 1100 px the table of contents is not pinned over the text', async () => {
    const { page } = await app.open(`#/report/${reportId}/5.1`, { context: { viewport: { width: 900, height: 700 } } });
    await page.mouse.wheel(0, 600);
    await page.waitForFunction(() => window.scrollY > 0);
    expect(await overlappingRegions(page, regions)).toEqual([]);
  });

  test("at a report's last paragraph the pinned panel stays below the header", async () => {
    const { page } = await app.open(`#/report/${reportId}/7.4`, { context: { viewport: { width: 1366, height: 768 } } });
    await page.locator('[data-unit="7.4"] .annotate-unit').click();
    await page.locator('.note-editor textarea').waitFor();
    expect(await whyNotVisible(page, '.note-editor h3')).toBe('');
    expect(await whyNotVisible(page, '.note-editor textarea')).toBe('');
  });

  test('a note picked in the panel brings its paragraph into view', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`, { context: { viewport: { width: 1366, height: 768 } } });
    await annotatePassage(page, '4.3', 0, 6);
    await typeAndWaitForSaved(page, '回到这一段');
    await page.locator('.note-editor-head .link-button').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await whyNotVisible(page, '[data-unit="4.3"] .unit-number')).not.toBe('');
    await page.locator('.notes-panel .note-item').first().click();
    await page.locator('.note-editor textarea').waitFor();
    await page.waitForFunction(() => window.scrollY > 0);
    expect(await whyNotVisible(page, '[data-unit="4.3"] .unit-number')).toBe('');
    expect(await whyNotVisible(page, '.note-editor textarea')).toBe('');
  });

  test('a note that cannot be made says so in view, in readable colours', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`, {
      context: { viewport: { width: 1366, height: 768 } },
      expectedErrors: [/.*/u],
    });
    const devTools = await page.context().newCDPSession(page);
    await devTools.send('IndexedDB.deleteDatabase', { securityOrigin: app.server.origin, databaseName: 'itu-council-kb' });
    await page.locator('[data-unit="4.3"] .annotate-unit').click();
    const alert = page.locator('.notes-panel [role="alert"]');
    await alert.waitFor();
    expect(await whyNotVisible(page, '.notes-panel [role="alert"]')).toBe('');
    expect(await contrastViolations(page, '.notes-panel [role="alert"]')).toEqual([]);
    await screenshot(page, 'layout-1366x768-note-not-made');
  });

  test.each(schemes)('the Undo toast after deleting a note is readable and stays until dismissed (%s)', async (scheme) => {
    const { page } = await app.open(`#/report/${reportId}/4.3`, { context: { colorScheme: scheme } });
    await annotatePassage(page, '4.3', 0, 4);
    await typeAndWaitForSaved(page, '要删除');
    await page.clock.install();
    await page.locator('.note-editor .danger-button').click();
    await page.locator('.toast .toast-action').waitFor();
    expect(await contrastViolations(page, '.toast')).toEqual([]);
    expect(await whyNotVisible(page, '.toast .toast-action')).toBe('');
    await screenshot(page, `layout-undo-toast-${scheme}`);
    // Undo is the only way back: a minute later it is still offered.
    await page.clock.runFor(60_000);
    expect(await page.locator('.toast .toast-action').count()).toBe(1);
    await page.locator('.toast .toast-dismiss').click();
    expect(await page.locator('.toast').count()).toBe(0);
  });
});
