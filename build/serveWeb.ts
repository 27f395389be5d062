/**
 * `npm run web`: serves the built renderer (dist/renderer) on 127.0.0.1 and prints the URL.
 * A tiny static server on node:http rather than a dev server: it works with no network, serves
 * only files under the build folder (path-traversal safe, symlinks included), only known
 * content types, and sends the same Content-Security-Policy as the page's own meta tag (read
 * from the built index.html, so the two cannot drift apart).
 *
 * Also imported by the end-to-end tests and the UI benchmark, which start it on a free port.
 * Usage: PORT=5178 tsx build/serveWeb.ts
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGeneratedData } from './generatedData';
import { repoRoot } from './paths';

/** Where `npm run build:renderer` writes the app. */
export const rendererBuildDir = path.join(repoRoot, 'dist', 'renderer');
export const defaultPort = 5178;
const host = '127.0.0.1';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy in index.html's `<meta http-equiv="Content-Security-Policy">`. */
export function contentSecurityPolicyOf(html: string): string {
  const tag = /<meta\s[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0];
  const content = tag === undefined ? undefined : /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  const policy = content?.[1] ?? content?.[2];
  if (policy === undefined || policy.trim() === '') throw new Error('index.html has no Content-Security-Policy meta tag');
  return policy.replace(/\s+/g, ' ').trim();
}

/**
 * The file a URL path names inside `root`, or null when it is outside it, hidden, or not a
 * plain relative path. Checked again on the real path by the server, for symlinks.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) return null;
  const resolved = path.resolve(root, ...segments);
  return isInside(root, resolved) ? resolved : null;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export interface WebServer {
  /** e.g. http://127.0.0.1:5178/ */
  readonly url: string;
  readonly origin: string;
  /** The policy sent with every response. */
  readonly contentSecurityPolicy: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  /** The build folder to serve; dist/renderer by default. */
  readonly root?: string;
  /** 0 picks a free port. */
  readonly port?: number;
}

/** Starts the static server; fails when the build is missing. */
export async function startWebServer(options: WebServerOptions = {}): Promise<WebServer> {
  const root = await realpath(options.root ?? rendererBuildDir).catch(() => {
    throw new Error(`no renderer build at ${options.root ?? rendererBuildDir}: run npm run build:renderer`);
  });
  const indexHtml = await readFile(path.join(root, 'index.html'), 'utf8');
  // frame-ancestors is ignored in a meta tag, so only the header can say it.
  const policy = `${contentSecurityPolicyOf(indexHtml)}; frame-ancestors 'none'`;
  const headersFor = (contentType: string): Record<string, string> => ({
    'Content-Type': contentType,
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });

  const respond = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headersFor('text/plain; charset=utf-8'), Allow: 'GET, HEAD' }).end('Method not allowed\n');
      return;
    }
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const candidate = resolveStaticPath(root, urlPath);
    const contentType = candidate === null ? undefined : contentTypes[path.extname(candidate).toLowerCase()];
    let file: string | null = null;
    if (candidate !== null && contentType !== undefined) {
      // A symlink inside the build could point anywhere: serve only what really lives in it.
      const real = await realpath(candidate).catch(() => null);
      if (real !== null && isInside(root, real) && (await stat(real)).isFile()) file = real;
    }
    if (file === null || contentType === undefined) {
      response.writeHead(404, headersFor('text/plain; charset=utf-8')).end('Not found\n');
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, { ...headersFor(contentType), 'Content-Length': String(body.length) });
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((request, response) => {
    respond(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, headersFor('text/plain; charset=utf-8'));
      response.end('Internal error\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? defaultPort, host, () => resolve());
  });
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no TCP address');
  const { port } = address;
  const origin = `http://${host}:${port}`;
  return {
    url: `${origin}/`,
    origin,
    contentSecurityPolicy: policy,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

const rendererSources = [
  path.join(repoRoot, 'renderer', 'index.html'),
  path.join(repoRoot, 'renderer', 'vite.config.ts'),
  path.join(repoRoot, 'renderer', 'src'),
  path.join(repoRoot, 'data', 'generated'),
  path.join(repoRoot, 'package.json'),
];

async function newestModification(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (info === null) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const names = await readdir(entry, { recursive: true });
  const times = await Promise.all(names.map((name) => stat(path.join(entry, name)).then((s) => s.mtimeMs, () => 0)));
  return Math.max(info.mtimeMs, ...times);
}

/**
 * Builds the data and the renderer when the build is missing or older than its sources. For
 * the end-to-end tests and the benchmark, which must work from a clean clone: `npm test` builds
 * the data but not the renderer. Returns whether it built.
 */
export async function buildRendererIfStale(): Promise<boolean> {
  await loadGeneratedData(); // rebuilds data/generated when missing or stale
  const built = await stat(path.join(rendererBuildDir, 'index.html')).then((s) => s.mtimeMs, () => 0);
  const sources = Math.max(...(await Promise.all(rendererSources.map(newestModification))));
  if (built > sources) return false;
  // A child process, as `npm run build:renderer` runs it: Vite takes the build mode from
  // NODE_ENV, which test runners set to "test" (that would ship React's development build).
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
      { cwd: repoRoot, env: { ...process.env, NODE_ENV: 'production' } },
      (error, _stdout, stderr) => (error ? reject(new Error(`vite build failed: ${stderr || error.message}`)) : resolve()),
    );
  });
  return true;
}

/** The port asked for in PORT, or the default; refuses anything that is not a port. */
export function portFromEnvironment(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return defaultPort;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${value}"`);
  return port;
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isEntryPoint) {
  try {
    const server = await startWebServer({ port: portFromEnvironment(process.env.PORT) });
    console.log(`ITU Council Knowledge Base: serving ${path.relative(process.cwd(), rendererBuildDir) || '.'} at ${server.url}`);
    console.log('Offline: everything is served from this machine. Press Ctrl+C to stop.');
    const stop = (): void => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
