/**
 * Serves the renderer build over `app://kb/` (Electron security checklist 18: prefer a
 * custom protocol to file://, which would give the page read access to the whole disk
 * and a null origin). The answers come from appSchemeHandler.ts (tested without
 * Electron); this file only wires it to Electron.
 */
import { protocol } from 'electron';
import type { Protocol } from 'electron';
import { appScheme, appSchemePrivileges } from './appOrigin.js';
import { appSchemeHandler } from './appSchemeHandler.js';
import type { RefusalLogger } from './refusalLog.js';

/** Must run before the app's `ready` event: Chromium reads scheme privileges at start-up. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);
}

/**
 * Answers app:// requests from files under `rendererRoot`. The file is read by the handler
 * rather than with net.fetch(file://...): the session's request policy refuses file: URLs,
 * and reading directly keeps the protocol free of any file: privilege. Every response,
 * errors included, carries the CSP, because webRequest header hooks do not see it.
 */
export function serveAppScheme(sessionProtocol: Protocol, rendererRoot: string, logRefusal: RefusalLogger): void {
  sessionProtocol.handle(appScheme, appSchemeHandler(rendererRoot, logRefusal));
}
