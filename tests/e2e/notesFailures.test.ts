/**
 * Writes that fail in the real browser: storage used up (a tiny quota set over the DevTools
 * protocol) and the database deleted under the app. The delegate is told, the typed text stays
 * in the editor, and nothing claims to be saved.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { annotatePassage, reportId, typeAndWaitForSaved } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { launchChromium } from './support/chromium';
import { waitUntil } from './support/pageChecks';
import { openSession, waitForApp } from './support/session';

const app = useAppFixture();

// The quota test needs the quota set before the page first writes: Chromium caches the space
// left for about 30 seconds, so a quota lowered later only bites on a write larger than what
// was left. The fixture navigates at once, so this test opens its own session.
let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const editorText = '.note-editor textarea';

async function saveState(page: Page): Promise<string | null> {
  return page.locator('.note-editor .autosave-status').getAttribute('data-save-state');
}

describe('failed writes in the browser', () => {
  test('storage used up: the editor alerts, keeps the text, and saves once space is back', async () => {
    const session = await openSession(browser!, app.server.origin);
    const { page } = session;
    try {
      const devTools = await page.context().newCDPSession(page);
      await devTools.send('Storage.overrideQuotaForOrigin', { origin: app.server.origin, quotaSize: 512 * 1024 });
      await page.goto(`${app.server.url}#/report/${reportId}/4.3`);
      await waitForApp(page);
      await annotatePassage(page, '4.3', 0, 4);
      await typeAndWaitForSaved(page, '第一稿');

      // A long paste that does not fit in the space left. Varied characters, not one repeated:
      // Chromium 147 compresses IndexedDB values, and 300,000 copies of one character shrink
      // to a few kilobytes that fit in any quota.
      let seed = 17;
      const varied = Array.from({ length: 300_000 }, () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        return String.fromCodePoint(0x4e00 + (Math.floor(seed / 256) % 20_000));
      }).join('');
      const long = `存储空间用完时写的字${varied}`;
      await page.locator(editorText).fill(long);
      const alert = page.locator('.note-editor [role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/^未保存：.*存储空间/u);
      expect(await saveState(page)).toBe('failed');
      expect(await page.locator(editorText).inputValue()).toBe(long);

      await devTools.send('Storage.overrideQuotaForOrigin', { origin: app.server.origin });
      await page.locator(editorText).press('End');
      await page.keyboard.type('。');
      await page.locator('.note-editor [data-save-state="saved"]').waitFor();
      expect(await page.locator('.note-editor [role="alert"]').count()).toBe(0);
      await page.reload();
      await page.locator('[data-unit="4.3"] mark.note-mark').click();
      expect(await page.locator(editorText).inputValue()).toBe(`${long}。`);
      expect(session.foreignRequests()).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('database deleted under the app: the editor says so, keeps the text, and never says saved', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`);
    await annotatePassage(page, '4.3', 0, 4);
    await typeAndWaitForSaved(page, '第一稿');
    const devTools = await page.context().newCDPSession(page);
    await devTools.send('IndexedDB.deleteDatabase', { securityOrigin: app.server.origin, databaseName: 'itu-council-kb' });

    await page.locator(editorText).fill('数据库被删除后写的字');
    const alert = page.locator('.note-editor [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^未保存：.*数据库/u);
    expect(await saveState(page)).toBe('failed');
    expect(await page.locator(editorText).inputValue()).toBe('数据库被删除后写的字');
    // Trying again fails the same way: nothing pretends to be saved.
    await page.evaluate(() => {
      const status = document.querySelector('.note-editor .autosave-status');
      const seen: string[] = [];
      Object.assign(window, { kbSaveStates: seen });
      if (status === null) return;
      new MutationObserver(() => seen.push(status.getAttribute('data-save-state') ?? '')).observe(status, { attributes: true });
    });
    await page.locator('.note-editor .autosave-status button').click();
    const states = await waitUntil(
      () => page.evaluate(() => (window as unknown as { kbSaveStates: string[] }).kbSaveStates.join(' ')),
      (seen) => seen.endsWith('saving failed'),
      'the retry to fail',
    );
    expect(states).not.toContain('saved');
    expect(await page.locator(editorText).inputValue()).toBe('数据库被删除后写的字');
    // The app did not quietly create a new, empty database in its place.
    expect((await page.evaluate(() => indexedDB.databases())).map((database) => database.name)).not.toContain('itu-council-kb');
  });
});
