/** The static server of `npm run web`: the app's files only, known types only, the page's CSP. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  contentSecurityPolicyOf,
  portFromEnvironment,
  rendererBuildDir,
  resolveStaticPath,
  startWebServer,
  type WebServer,
} from '../../build/serveWeb';
import { startApp } from './support/appServer';

/** A raw GET that sends the path exactly as written (fetch would normalise `..`). */
function rawRequest(origin: string, rawPath: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path: rawPath, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('resolveStaticPath', () => {
  const root = path.resolve('/srv/app');
  test.each([
    ['/', path.join(root, 'index.html')],
    ['/index.html', path.join(root, 'index.html')],
    ['/assets/index-1.js', path.join(root, 'assets', 'index-1.js')],
    ['/%E6%8A%A5%E5%91%8A.json', path.join(root, '报告.json')],
  ])('%s is served from the build', (urlPath, expected) => {
    expect(resolveStaticPath(root, urlPath)).toBe(expected);
  });

  test.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/assets/%2e%2e/%2e%2e/etc/passwd',
    '/..%2fpackage.json',
    '/..%5cpackage.json',
    '/%00index.html',
    '/%E0%A4%A',
    '/.env',
    '/assets/.hidden.js',
  ])('%s is refused', (urlPath) => {
    expect(resolveStaticPath(root, urlPath)).toBeNull();
  });
});

describe('contentSecurityPolicyOf', () => {
  test('reads the policy from the meta tag, whatever the quotes and spacing', () => {
    expect(contentSecurityPolicyOf(`<meta http-equiv="Content-Security-Policy" content="default-src 'self';\n  img-src 'self' data:">`)).toBe(
      "default-src 'self'; img-src 'self' data:",
    );
    expect(contentSecurityPolicyOf(`<meta content='default-src "self"' http-equiv='content-security-policy'>`)).toBe('default-src "self"');
  });

  test('refuses a page without one', () => {
    expect(() => contentSecurityPolicyOf('<meta charset="utf-8">')).toThrow(/no Content-Security-Policy/);
  });
});

describe('portFromEnvironment', () => {
  test('defaults to 5178 and accepts ports only', () => {
    expect(portFromEnvironment(undefined)).toBe(5178);
    expect(portFromEnvironment('')).toBe(5178);
    expect(portFromEnvironment('5199')).toBe(5199);
    expect(() => portFromEnvironment('http')).toThrow(/PORT/);
    expect(() => portFromEnvironment('70000')).toThrow(/PORT/);
  });
});

describe('the web server', () => {
  let server: WebServer;
  let outside: string;

  beforeAll(async () => {
    server = await startApp();
    outside = mkdtempSync(path.join(tmpdir(), 'kb-outside-'));
  });

  afterAll(async () => {
    await server.close();
    rmSync(outside, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  test('serves the app with its content types and the same CSP as the page, plus frame-ancestors', async () => {
    const page = await rawRequest(server.origin, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const metaPolicy = contentSecurityPolicyOf(readFileSync(path.join(rendererBuildDir, 'index.html'), 'utf8'));
    expect(page.headers['content-security-policy']).toBe(`${metaPolicy}; frame-ancestors 'none'`);
    expect(metaPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(page.headers['x-content-type-options']).toBe('nosniff');

    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    expect((await rawRequest(server.origin, `/${script}`)).headers['content-type']).toBe('text/javascript; charset=utf-8');
    const corpus = await rawRequest(server.origin, '/corpus.json');
    expect(corpus.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(corpus.body).reports.length).toBeGreaterThan(0);
  });

  test.each(['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json', '/..%2f..%2fetc%2fpasswd', '/nope.html'])(
    '%s is not found',
    async (rawPath) => {
      const response = await rawRequest(server.origin, rawPath);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('"name"');
    },
  );

  test('only GET and HEAD', async () => {
    expect((await rawRequest(server.origin, '/', 'POST')).status).toBe(405);
    const head = await rawRequest(server.origin, '/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  test('files of unknown types and symlinks out of the build are not served', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kb-root-'));
    try {
      writeFileSync(path.join(root, 'index.html'), `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`);
      writeFileSync(path.join(root, 'notes.exe'), 'MZ');
      writeFileSync(path.join(outside, 'secret.json'), '{"secret": true}');
      symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'linked.json'));
      mkdirSync(path.join(root, 'assets'));
      symlinkSync(outside, path.join(root, 'assets', 'out'));
      const other = await startWebServer({ root, port: 0 });
      try {
        expect((await rawRequest(other.origin, '/index.html')).status).toBe(200);
        expect((await rawRequest(other.origin, '/notes.exe')).status).toBe(404);
        expect((await rawRequest(other.origin, '/linked.json')).status).toBe(404);
        expect((await rawRequest(other.origin, '/assets/out/secret.json')).status).toBe(404);
      } finally {
        await other.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('refuses to start without a build', async () => {
    await expect(startWebServer({ root: path.join(outside, 'missing'), port: 0 })).rejects.toThrow(/npm run build:renderer/);
  });
});
