/**
 * One serving policy: the Electron app:// handler (driven with fetch Requests, no Electron
 * needed) and `npm run web`'s server (over HTTP) answer the same paths with the same status,
 * content type, Content-Security-Policy and security headers.
 */
import { promises as fs } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../build/webServer';
import { appSchemeHandler } from '../../electron/appSchemeHandler.js';
import { contentSecurityPolicy } from '../../electron/contentSecurityPolicy.js';
import { useTempDirectories, writeTree } from '../fixtures/tempDirectory.js';

/** Headers the transport adds on its own (HTTP/1.1 framing), not the policy's. */
const transportHeaders = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

function policyHeaders(entries: Iterable<[string, string]>): Record<string, string> {
  return Object.fromEntries([...entries].map(([name, value]) => [name.toLowerCase(), value]).filter(([name]) => !transportHeaders.has(name!)));
}

/** A raw request that sends the path exactly as written (fetch would normalise `..`). */
function overHttp(server: WebServer, rawPath: string, method: string): Promise<Answer> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path: rawPath, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        const headers = Object.entries(response.headers).map(([name, value]): [string, string] => [name, String(value)]);
        resolve({ status: response.statusCode ?? 0, headers: policyHeaders(headers), body });
      });
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('the app:// protocol and the web server serve alike', () => {
  const makeDirectory = useTempDirectories('kb-serving', 'all');
  let root: string;
  let server: WebServer;
  let electronHandler: (request: Request) => Promise<Response>;
  const refusals: string[] = [];

  beforeAll(async () => {
    root = await makeDirectory();
    const outside = await makeDirectory();
    await writeTree(root, {
      'index.html': '<!doctype html><title>kb</title>',
      'assets/app.js': 'console.log(1)',
      'assets/app.css': 'body{}',
      'corpus.json': '{"reports":[]}',
      'reports/index.html': '<p>reports</p>',
      '会议.json': '{}',
      'notes.exe': 'MZ',
      '.env': 'SECRET=1',
    });
    await writeTree(outside, { 'secret.json': '{"secret":true}' });
    await fs.symlink(path.join(outside, 'secret.json'), path.join(root, 'linked.json'));
    server = await startWebServer({ root, port: 0 });
    electronHandler = appSchemeHandler(root, (what, url) => refusals.push(`${what} ${url}`));
  });
  afterAll(async () => {
    await server.close();
  });

  it.each([
    ['GET', '/', 200],
    ['GET', '/index.html', 200],
    ['HEAD', '/index.html', 200],
    ['GET', '/assets/app.js?v=2', 200],
    ['GET', '/assets/app.css', 200],
    ['GET', '/corpus.json', 200],
    ['GET', '/reports/', 200],
    ['GET', '/%E4%BC%9A%E8%AE%AE.json', 200],
    ['GET', '/missing.js', 404],
    ['GET', '/notes.exe', 404],
    ['GET', '/.env', 404],
    ['GET', '/linked.json', 404],
    ['GET', '/../package.json', 404],
    ['GET', '/%2e%2e/package.json', 404],
    ['GET', '/..%2f..%2fetc%2fpasswd', 404],
    ['GET', '/assets//app.js', 404],
    ['POST', '/index.html', 405],
    ['DELETE', '/corpus.json', 405],
  ])('%s %s → %i, same headers and body', async (method, rawPath, status) => {
    const web = await overHttp(server, rawPath, method);
    const response = await electronHandler(new Request(`app://kb${rawPath}`, { method }));
    const electron: Answer = { status: response.status, headers: policyHeaders(response.headers.entries()), body: await response.text() };

    expect(web.status).toBe(status);
    expect(electron.status).toBe(status);
    expect(electron.headers).toEqual(web.headers);
    expect(electron.body).toBe(web.body);
    expect(web.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(web.headers['x-content-type-options']).toBe('nosniff');
    expect(web.headers['referrer-policy']).toBe('no-referrer');
  });

  it('content types come from the shared table', async () => {
    const types = await Promise.all(
      ['/', '/assets/app.js', '/assets/app.css', '/corpus.json'].map(async (rawPath) => (await electronHandler(new Request(`app://kb${rawPath}`))).headers.get('content-type')),
    );
    expect(types).toEqual(['text/html; charset=utf-8', 'text/javascript; charset=utf-8', 'text/css; charset=utf-8', 'application/json; charset=utf-8']);
  });

  it('the protocol refuses other hosts of its scheme, and logs every refusal', async () => {
    refusals.length = 0;
    expect((await electronHandler(new Request('app://evil/index.html'))).status).toBe(404);
    expect((await electronHandler(new Request('app://kb/index.html', { method: 'POST' }))).status).toBe(405);
    expect(refusals).toEqual([
      'app:// request for a missing or unservable file app://evil/index.html',
      'app:// POST request app://kb/index.html',
    ]);
  });
});
