/**
 * The one serving policy of the app's files, shared by the Electron `app://` protocol
 * (appSchemeHandler.ts) and `npm run web`'s server (build/webServer.ts): the same path
 * resolution (appPath.ts), content types (contentTypes.ts) and security headers
 * (contentSecurityPolicy.ts) for the same request, so the browser tests of the web build
 * also exercise what the desktop app sends. Node only (fs), no Electron: both shells import it.
 */
import { promises as fs } from 'node:fs';
import { resolveRequestFile } from './appPath.js';
import { appResponseHeaders } from './contentSecurityPolicy.js';
import { contentTypeFor } from './contentTypes.js';

export interface AppResponse {
  readonly status: 200 | 404 | 405;
  readonly headers: Readonly<Record<string, string>>;
  /** Null for HEAD. */
  readonly body: Buffer | string | null;
  /** Why the request was refused, for the shell's refusal log; absent when served. */
  readonly refusal?: string;
}

const plainText = 'text/plain; charset=utf-8';

/**
 * The answer to `method rawPath` (the request target as written, e.g. `/assets/x.js?v=1`;
 * null when the request was not for this origin at all):
 * GET and HEAD only, files of known types inside `rendererRoot` only, every answer (errors
 * included) with the Content-Security-Policy and the other security headers.
 */
export async function appResponse(method: string, rawPath: string | null, rendererRoot: string): Promise<AppResponse> {
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, headers: { ...appResponseHeaders(plainText), Allow: 'GET, HEAD' }, body: 'Method not allowed\n', refusal: `${method} request` };
  }
  const filePath = rawPath === null ? null : await resolveRequestFile(rawPath, rendererRoot);
  const contentType = filePath === null ? null : contentTypeFor(filePath);
  if (filePath === null || contentType === null) {
    return { status: 404, headers: appResponseHeaders(plainText), body: method === 'HEAD' ? null : 'Not found\n', refusal: 'request for a missing or unservable file' };
  }
  const body = await fs.readFile(filePath);
  return {
    status: 200,
    headers: { ...appResponseHeaders(contentType), 'Content-Length': String(body.length) },
    body: method === 'HEAD' ? null : body,
  };
}
