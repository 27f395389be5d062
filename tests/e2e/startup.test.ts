/**
 * Start-up: the search box takes a query before the library is in, and answers it once it is; a
 * query typed as the library arrives leaves the library without its cards being put in the page.
 */
import { describe, expect, test } from 'vitest';
import { zh } from '../../renderer/src/ui/i18n/zh';
import { useAppFixture } from './support/appFixture';
import { referenceEngine } from './support/engine';
import { searchInput, searchStatusFor } from './support/pageChecks';
import { reloadWithLibraryHeld } from './support/session';

const app = useAppFixture();

describe('start-up', () => {
  test('a query typed before the library is in gets its results when the library arrives', async () => {
    const { page } = await app.open('#/', { waitForData: false });
    // Hold the library back, so that the query is typed while it loads.
    const release = await reloadWithLibraryHeld(page);
    await page.locator(`${searchInput}[data-ready="true"]`).waitFor({ state: 'attached' });
    expect(await page.locator('main').getAttribute('aria-busy')).toBe('true');

    await page.locator(searchInput).click();
    await page.keyboard.type('SG-17');
    // The query is kept and the page says the index is loading, not that nothing was found.
    await page.locator('.search-view').waitFor();
    expect(await page.locator(searchInput).inputValue()).toBe('SG-17');
    expect(await page.locator('.search-status').textContent()).toBe(zh.search.indexLoading);
    expect(await page.locator('[role="listbox"] [role="option"]').count()).toBe(0);

    release();
    const expected = referenceEngine().search('SG-17');
    expect(await searchStatusFor(page, 'SG-17')).toContain(`“SG-17”共有 ${expected.total} 条结果`);
    expect(await page.locator('[role="listbox"] [role="option"]').count()).toBe(expected.hits.length);
    expect(await page.locator(searchInput).inputValue()).toBe('SG-17');
  });

  test('a query typed as the library arrives leaves the library before its cards are put in the page', async () => {
    const { page } = await app.open('#/', { waitForData: false });
    // A keystroke landing while the library's arrival renders (a render that yields every few
    // milliseconds, on a slow machine here: the CPU throttled): typed as an input event in the
    // task after the render's first slice, a message posted as React's scheduler posts its own,
    // once the store says the library is ready (a keystroke from here could not land there).
    // Every card put in the page from then on is counted.
    await page.addInitScript(`(() => {
      window.__kbCardsAfterKey = null;
      new MutationObserver((records) => {
        if (window.__kbCardsAfterKey === null) return;
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof Element && (node.matches('.report-card') || node.querySelector('.report-card') !== null)) window.__kbCardsAfterKey++;
          }
        }
      }).observe(document, { subtree: true, childList: true });
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        const entry = mark(name, options);
        if (name !== 'kb:library-loaded') return entry;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          window.__kbCardsAfterKey = 0;
          const input = document.getElementById('search-input');
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, 'SG-17');
          input.dispatchEvent(new Event('input', { bubbles: true }));
        };
        setTimeout(() => channel.port2.postMessage(null), 0);
        return entry;
      };
    })()`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    try {
      await page.reload();
      await page.locator('.search-view[data-query="SG-17"]').waitFor({ timeout: 60_000 });
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    const expected = referenceEngine().search('SG-17');
    expect(await searchStatusFor(page, 'SG-17')).toContain(`“SG-17”共有 ${expected.total} 条结果`);
    expect(await page.evaluate('window.__kbCardsAfterKey')).toBe(0);
    expect(await page.locator('.report-card').count()).toBe(0);
    // Back comes to the library, whose cards are then shown.
    await page.goBack();
    await page.locator('.report-card').first().waitFor();
  });
});
