/**
 * One browser context on the app with everything a test checks afterwards: every request the
 * pages made (to prove nothing left the app's origin), console errors (CSP violations show up
 * there) and uncaught page errors.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export interface AppSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** URLs of every request made by any page of the context, in order. */
  readonly requests: string[];
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Requests that went anywhere but the app's origin. */
  foreignRequests(): string[];
  close(): Promise<void>;
}

/** Whether a URL stays on the app: its own origin, or data the page holds itself (data:, blob:). */
export function isOwnRequest(url: string, origin: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:') return true;
  if (parsed.protocol === 'blob:') return new URL(parsed.pathname).origin === origin;
  return parsed.origin === origin;
}

export async function openSession(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<AppSession> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 }, ...options });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return {
    context,
    page,
    requests,
    errors,
    foreignRequests: () => requests.filter((url) => !isOwnRequest(url, origin)),
    close: () => context.close(),
  };
}

/**
 * Waits until the app has loaded its library and shows the view: the search box takes queries
 * from the first render, the main area stops being busy once the library is in, and a view's
 * loading line (its code, a report's text, the corpus) goes once the view is in.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('#search-input[data-ready="true"]').waitFor({ state: 'attached' });
  await page.locator('main[aria-busy="false"]').waitFor({ state: 'attached' });
  await page.locator('main .loading').waitFor({ state: 'detached' });
}

/** Reloads the page with library.json held back until the returned function lets it through (to see what start-up does meanwhile). */
export async function reloadWithLibraryHeld(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/library.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  return release;
}
