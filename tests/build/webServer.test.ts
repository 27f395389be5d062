/** `npm run web`'s server: its own host and port only (DNS rebinding), on 127.0.0.1, PORT checked. */
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isOwnHost, portFromEnvironment, startWebServer, type WebServer } from '../../build/webServer';
import { useTempDirectories, writeTree } from '../fixtures/tempDirectory';

/** A GET with the Host header exactly as given (undefined: none at all, as HTTP/1.0 allows). */
function getWithHost(server: WebServer, host: string | undefined): Promise<{ status: number; body: string; policy: unknown }> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path: '/', method: 'GET', setHost: false, headers: host === undefined ? {} : { Host: host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, policy: response.headers['content-security-policy'] }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('isOwnHost', () => {
  test.each([
    ['127.0.0.1:5178', true],
    ['localhost:5178', true],
    ['LOCALHOST:5178', true],
    ['[::1]:5178', true],
    ['127.0.0.1:5179', false],
    ['127.0.0.1', false],
    ['localhost', false],
    ['evil.example:5178', false],
    ['evil.example', false],
    ['127.0.0.1.evil.example:5178', false],
    ['localhost.:5178', false],
    ['127.0.0.1:5178@evil.example', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (host, expected) => {
    expect(isOwnHost(host, 5178)).toBe(expected);
  });
});

describe('the web server', () => {
  const makeDirectory = useTempDirectories('kb-web', 'all');
  let server: WebServer;

  beforeAll(async () => {
    const root = await makeDirectory();
    await writeTree(root, { 'index.html': '<!doctype html><title>kb</title>' });
    server = await startWebServer({ root, port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  test('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  test('answers requests addressed to its own host and port', async () => {
    const { port } = new URL(server.origin);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      expect((await getWithHost(server, host)).status).toBe(200);
    }
  });

  test('refuses any other Host (a rebound domain, another port) with 421 and a plain message', async () => {
    const { port } = new URL(server.origin);
    for (const host of ['attacker.example', `attacker.example:${port}`, '127.0.0.1:1', `127.0.0.1:${port}.attacker.example`]) {
      const answer = await getWithHost(server, host);
      expect(answer.status, String(host)).toBe(421);
      expect(answer.body).toContain(`http://127.0.0.1:${port}/`);
      expect(answer.body).not.toContain('<title>kb</title>');
      expect(answer.policy).toBeDefined();
    }
  });

  test('refuses a request with no Host at all (Node answers 400 before the server sees it)', async () => {
    const answer = await getWithHost(server, undefined);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain('<title>kb</title>');
  });

  test('refuses to start without a build', async () => {
    await expect(startWebServer({ root: path.join(await makeDirectory(), 'missing'), port: 0 })).rejects.toThrow(/npm run build:renderer/);
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
