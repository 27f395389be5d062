/**
 * The real renderer build as `npm run web` serves it: the page, its scripts and data with
 * their types and the app's CSP. (The serving policy itself, hostile paths included, is
 * tested beside the Electron protocol in tests/electron/appServing.test.ts; the Host check
 * in tests/build/webServer.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { WebServer } from '../../build/webServer';
import { contentSecurityPolicy } from '../../electron/contentSecurityPolicy';
import { startApp } from './support/appServer';

describe('the web server on the real build', () => {
  let server: WebServer;

  beforeAll(async () => {
    server = await startApp();
  });
  afterAll(async () => {
    await server.close();
  });

  test('serves the page, its script and its data with their content types and the app CSP', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    expect(script).toBeDefined();
    expect((await fetch(`${server.origin}/${script}`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const library = await fetch(`${server.origin}/library.json`);
    expect(library.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(((await library.json()) as { documents: unknown[] }).documents.length).toBeGreaterThan(0);
  });
});
