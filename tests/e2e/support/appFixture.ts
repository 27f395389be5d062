/**
 * The shared fixture of the browser tests: one server (the `npm run web` code) and one
 * Chromium per test file, a fresh context per test, and after every test the checks every
 * test must pass: no request left the app's origin, no console error, no uncaught exception.
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { WebServer } from '../../../build/serveWeb';
import { startApp } from './appServer';
import { launchChromium } from './chromium';
import { openSession, waitForApp, type AppSession } from './session';

export interface AppFixture {
  readonly server: WebServer;
  /** Opens the app at a hash route (e.g. "#/report/c17-res130-zh/4.3") in a fresh context. */
  open(hash?: string, options?: BrowserContextOptions & { waitForData?: boolean }): Promise<AppSession>;
}

export function useAppFixture(): AppFixture {
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  let sessions: AppSession[] = [];

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
    for (const session of finished) await session.close();
    for (const session of finished) {
      expect(session.requests.length, 'the page made no request at all: was it opened?').toBeGreaterThan(0);
      expect(session.foreignRequests(), 'requests that left the app origin').toEqual([]);
      expect(session.errors, 'console errors and uncaught exceptions').toEqual([]);
    }
  });

  return {
    get server() {
      if (!server) throw new Error('the app server is not started (used outside a test?)');
      return server;
    },
    async open(hash = '#/', options = {}) {
      if (!server || !browser) throw new Error('the fixture is not started (used outside a test?)');
      const { waitForData = true, ...contextOptions } = options;
      const session = await openSession(browser, server.origin, contextOptions);
      sessions.push(session);
      await session.page.goto(`${server.url}${hash}`);
      if (waitForData) await waitForApp(session.page);
      return session;
    },
  };
}
