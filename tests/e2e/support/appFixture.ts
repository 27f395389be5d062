/**
 * The shared fixture of the browser tests: one server (the `npm run web` code) and one
 * Chromium per test file, a fresh context per test, and after every test the checks every
 * test must pass: no request left the app's origin, no console error, no uncaught exception.
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { WebServer } from '../../../build/webServer';
import { startApp } from './appServer';
import { launchChromium } from './chromium';
import { openSession, waitForApp, type AppSession } from './session';

export interface OpenOptions {
  /** Wait until the corpus and index are loaded (default true). */
  readonly waitForData?: boolean;
  /** Another server to open (a damaged build); the session's own origin is then that one. */
  readonly server?: WebServer;
  /** Console errors the test provokes on purpose (e.g. the 404 of a missing file). */
  readonly expectedErrors?: readonly RegExp[];
  readonly context?: BrowserContextOptions;
}

export interface AppFixture {
  readonly server: WebServer;
  /** Opens the app at a hash route (e.g. "#/report/c17-res130-zh/4.3") in a fresh context. */
  open(hash?: string, options?: OpenOptions): Promise<AppSession>;
}

export function useAppFixture(): AppFixture {
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  let sessions: Array<{ session: AppSession; expectedErrors: readonly RegExp[] }> = [];

  beforeAll(async () => {
    server = await startApp();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    const finished = sessions;
    sessions = [];
    for (const { session } of finished) await session.close();
    for (const { session, expectedErrors } of finished) {
      expect(session.requests.length, 'the page made no request at all: was it opened?').toBeGreaterThan(0);
      expect(session.foreignRequests(), 'requests that left the app origin').toEqual([]);
      const unexpected = session.errors.filter((error) => !expectedErrors.some((pattern) => pattern.test(error)));
      expect(unexpected, 'console errors and uncaught exceptions').toEqual([]);
    }
  });

  return {
    get server() {
      if (!server) throw new Error('the app server is not started (used outside a test?)');
      return server;
    },
    async open(hash = '#/', options = {}) {
      if (!server || !browser) throw new Error('the fixture is not started (used outside a test?)');
      const target = options.server ?? server;
      const session = await openSession(browser, target.origin, options.context);
      sessions.push({ session, expectedErrors: options.expectedErrors ?? [] });
      await session.page.goto(`${target.url}${hash}`);
      if (options.waitForData ?? true) await waitForApp(session.page);
      return session;
    },
  };
}
