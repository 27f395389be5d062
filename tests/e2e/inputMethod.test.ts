/**
 * Typing Chinese through an input method, as Chromium delivers it: the DevTools protocol's
 * Input.imeSetComposition is what an IME does while the delegate types pinyin, and
 * Input.insertText commits the chosen characters (compositionend).
 */
import { describe, expect, test } from 'vitest';
import { useAppFixture } from './support/appFixture';
import { currentHash, searchInput, searchStatusFor } from './support/pageChecks';

const app = useAppFixture();

describe('search with a Chinese input method', () => {
  test('half-typed pinyin searches nothing and stays in the reader; the chosen characters are searched once', async () => {
    const { page } = await app.open('#/report/c17-res130-zh/4.3');
    const devTools = await page.context().newCDPSession(page);
    await page.locator(searchInput).focus();
    for (const pinyin of ['w', 'wa', 'wang', "wang'l", "wang'luo"]) {
      await devTools.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
      expect(await page.locator(searchInput).inputValue()).toBe(pinyin);
    }
    expect(await currentHash(page)).toBe('#/report/c17-res130-zh/4.3');
    expect(await page.locator('.search-view').count()).toBe(0);

    await devTools.send('Input.insertText', { text: '网络' });
    expect(await searchStatusFor(page, '网络')).not.toBe('');
    expect(await currentHash(page)).toBe('#/search?q=网络');
    expect(await page.locator(searchInput).inputValue()).toBe('网络');
    // Back returns to the reader in one step: the composition made one history entry.
    await page.goBack();
    await page.waitForFunction(() => window.location.hash.startsWith('#/report/'));
  });

  test('a composition added to a query already typed searches the whole text once it ends', async () => {
    const { page } = await app.open('#/');
    const devTools = await page.context().newCDPSession(page);
    await page.locator(searchInput).focus();
    await page.keyboard.type('ITU ');
    await searchStatusFor(page, 'ITU ');
    await devTools.send('Input.imeSetComposition', { text: 'an', selectionStart: 2, selectionEnd: 2 });
    expect(await page.locator(searchInput).inputValue()).toBe('ITU an');
    expect(await page.locator('.search-view').getAttribute('data-query')).toBe('ITU ');
    await devTools.send('Input.insertText', { text: '安全' });
    expect(await searchStatusFor(page, 'ITU 安全')).not.toBe('');
  });
});
