/**
 * The static server of `npm run web`, on 127.0.0.1. A tiny server on node:http rather than a
 * dev server: it works with no network and answers every request with the desktop app's own
 * serving policy (electron/appResponse.ts: the same path resolution, content types,
 * Content-Security-Policy and security headers as the app:// protocol).
 *
 * It answers only requests addressed to itself: a Host header other than its own host and
 * port is refused (421), so a web page whose domain an attacker re-points at 127.0.0.1 (DNS
 * rebinding) cannot read the app through the delegate's browser.
 */
import { realpath, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { appResponse } from '../electron/appResponse';
import { appResponseHeaders } from '../electron/contentSecurityPolicy';
import { rendererBuildDir } from './rendererBuild';

export const defaultPort = 5178;
const host = '127.0.0.1';

export interface WebServer {
  /** e.g. http://127.0.0.1:5178/ */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  /** The build folder to serve; dist/renderer by default. */
  readonly root?: string;
  /** 0 picks a free port. */
  readonly port?: number;
}

/**
 * Whether a Host header names this server: 127.0.0.1, localhost or [::1] with its port (the
 * port is part of the origin a page was loaded from). A missing header is refused too.
 */
export function isOwnHost(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const ownHosts = ['127.0.0.1', 'localhost', '[::1]'].map((name) => `${name}:${port}`);
  return ownHosts.includes(hostHeader.toLowerCase());
}

function refuse(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, appResponseHeaders('text/plain; charset=utf-8')).end(`${text}\n`);
}

/** Starts the static server; fails when the build is missing. */
export async function startWebServer(options: WebServerOptions = {}): Promise<WebServer> {
  const root = await realpath(options.root ?? rendererBuildDir).catch(() => {
    throw new Error(`no renderer build at ${options.root ?? rendererBuildDir}: run npm run build:renderer`);
  });
  await readFile(path.join(root, 'index.html')).catch(() => {
    throw new Error(`no index.html in ${root}: run npm run build:renderer`);
  });
  let port = 0;

  const respond = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!isOwnHost(request.headers.host, port)) {
      refuse(response, 421, `This server answers only http://127.0.0.1:${port}/ and http://localhost:${port}/`);
      return;
    }
    const answer = await appResponse(request.method ?? 'GET', request.url ?? '/', root);
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body ?? undefined);
  };

  const server = createServer((request, response) => {
    respond(request, response).catch(() => {
      if (!response.headersSent) refuse(response, 500, 'Internal error');
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? defaultPort, host, () => resolve());
  });
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no TCP address');
  port = address.port;
  const origin = `http://${host}:${port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The port asked for in PORT, or the default; refuses anything that is not a port. */
export function portFromEnvironment(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return defaultPort;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${value}"`);
  return port;
}
