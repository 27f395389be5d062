/** Small waits and reads on the page that several browser tests share. */
import type { Page } from 'playwright-core';
import type { UiLanguage } from '../../../renderer/src/ui/i18n/uiLanguage';
import { uiResources } from '../../../renderer/src/ui/i18n/uiResources';

/** The app's search box. */
export const searchInput = '#search-input';

/** Resolves once `read` returns something `accept` likes; fails with the last value otherwise. */
export async function waitUntil<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
    value = await read();
  }
  return value;
}

/** The id of the focused element ('' for none). */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** The hash route, decoded for readable assertions. */
export async function currentHash(page: Page): Promise<string> {
  return decodeURIComponent(await page.evaluate(() => window.location.hash));
}

/**
 * Chooses an interface language in the switch and waits until the page speaks it: a language's
 * strings are loaded when it is first chosen, and the page keeps the current one until then.
 */
export async function chooseUiLanguage(page: Page, language: UiLanguage): Promise<void> {
  await page.locator('#ui-language').selectOption(language);
  const placeholder = uiResources[language].translation.search.placeholder;
  await page.locator(`${searchInput}[placeholder="${placeholder}"]`).waitFor({ state: 'attached' });
}

/** The search status line, once it belongs to the given query. */
export async function searchStatusFor(page: Page, query: string): Promise<string> {
  await page.locator(`.search-view[data-query="${query}"]`).waitFor();
  return (await page.locator('.search-status').textContent()) ?? '';
}

/** Whether an element lies entirely inside the viewport. */
export function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((target) => {
    const element = document.querySelector(target);
    if (element === null) return false;
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  }, selector);
}

/** Waits until the reader has the highlights of its query (they are searched in the background). */
export async function waitForHighlights(page: Page): Promise<void> {
  await page.locator('.reader-article[data-highlights="ready"]').waitFor();
}
