/**
 * Dropping files onto the app in headless Chromium as a delegate would, and following the import
 * panel until they are in: shared by the import benchmarks (importBrowserBench.ts,
 * importedStartupBench.ts).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Installs a long-task observer; the durations are read back with longTasks(). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__kbLongTasks = [];
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__kbLongTasks.push(entry.duration); }).observe({ type: 'longtask' });
  })()`);
}

export async function longTasks(page: Page): Promise<number[]> {
  const value: unknown = await page.evaluate('window.__kbLongTasks');
  return Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : [];
}

/**
 * Puts the files in the page first (decoding them is the benchmark's own work, kept out of the
 * long-task count and the trace, which `beforeDrop` starts), then drops them on the window;
 * resolves with the page's time of the drop.
 */
export async function drop(page: Page, files: ReadonlyArray<readonly [string, Uint8Array]>, beforeDrop: () => Promise<void>): Promise<number> {
  const payload = files.map(([name, bytes]) => ({ name, bytes: Buffer.from(bytes).toString('base64') }));
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer();
    for (const { name, bytes } of dropped) transfer.items.add(new File([Uint8Array.from(atob(bytes), (character) => character.charCodeAt(0))], name));
    Reflect.set(window, '__kbDrop', transfer);
  }, payload);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await beforeDrop();
  await watchLongTasks(page);
  return page.evaluate(() => {
    const at = performance.now();
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: Reflect.get(window, '__kbDrop') as DataTransfer, bubbles: true, cancelable: true }));
    return at;
  });
}

/** Waits until `count` files have ended; returns the page's time then and how many were added. */
export async function finished(page: Page, count: number): Promise<{ at: number; added: number }> {
  const deadline = Date.now() + 600_000;
  for (;;) {
    const state = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('.import-file')].map((row) => row.getAttribute('data-status'));
      const ended = rows.filter((status) => ['added', 'replaced', 'kept-both', 'skipped', 'cancelled', 'failed'].includes(status ?? ''));
      return { ended: ended.length, added: ended.filter((status) => status === 'added').length, at: performance.now() };
    });
    if (state.ended >= count) return { at: state.at, added: state.added };
    if (Date.now() > deadline) throw new Error(`only ${state.ended} of ${count} files imported`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Opens the app in a new page of `context` (by default a new profile) once its search box and Add button are there. */
export async function openApp(browser: Browser, url: string, context?: BrowserContext): Promise<Page> {
  const page = await (context ?? (await browser.newContext({ locale: 'en-GB' }))).newPage();
  await page.goto(url);
  await page.locator('#search-input[data-ready="true"]').waitFor({ state: 'attached', timeout: 120_000 });
  await page.locator('.add-documents-button').waitFor();
  return page;
}

