/**
 * Serves the renderer build over `app://kb/` (Electron security checklist 18: prefer a
 * custom protocol to file://, which would give the page read access to the whole disk
 * and a null origin). Path decisions live in appPath.ts, types in contentTypes.ts and
 * headers in contentSecurityPolicy.ts; this file only wires them to Electron.
 */
import { promises as fs } from 'node:fs';
import { protocol } from 'electron';
import type { Protocol } from 'electron';
import { appScheme, appSchemePrivileges } from './appOrigin.js';
import { resolveAppFile } from './appPath.js';
import { appResponseHeaders } from './contentSecurityPolicy.js';
import { contentTypeFor } from './contentTypes.js';
import type { RefusalLogger } from './refusalLog.js';

/** Must run before the app's `ready` event: Chromium reads scheme privileges at start-up. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);
}

/**
 * Answers app:// requests from files under `rendererRoot`. The file is read here rather
 * than with net.fetch(file://...): the session's request policy refuses file: URLs, and
 * reading directly keeps the protocol free of any file: privilege. Every response,
 * errors included, carries the CSP, because webRequest header hooks do not see it.
 */
export function serveAppScheme(sessionProtocol: Protocol, rendererRoot: string, logRefusal: RefusalLogger): void {
  sessionProtocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      logRefusal(`app:// ${request.method} request`, request.url);
      return plainResponse(405, 'Method not allowed');
    }
    const filePath = await resolveAppFile(request.url, rendererRoot);
    const contentType = filePath === null ? null : contentTypeFor(filePath);
    if (filePath === null || contentType === null) {
      logRefusal('app:// request for a missing or unservable file', request.url);
      return plainResponse(404, 'Not found');
    }
    const body = request.method === 'HEAD' ? null : await fs.readFile(filePath);
    return new Response(body, { status: 200, headers: appResponseHeaders(contentType) });
  });
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}
