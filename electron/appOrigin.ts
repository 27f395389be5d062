/**
 * The one origin the shell trusts. The renderer is served from `app://kb/` through a
 * custom privileged scheme instead of file:// (Electron security checklist 18), so every
 * trust decision below reduces to "is this URL on this origin?".
 * No runtime Electron import here: this module is shared by pure, unit-tested code.
 */
import type { Privileges } from 'electron';

/** Scheme registered as privileged before `ready` (see protocol.ts). */
export const appScheme = 'app';

/** The single host the scheme serves; any other host is refused. */
export const appHost = 'kb';

/** Origin string as Chromium reports it for standard schemes, e.g. in frame URLs. */
export const appOrigin = `${appScheme}://${appHost}`;

/** Where the main window starts. */
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * Privileges of the app scheme. `standard` gives it real origins (so `'self'` in the CSP,
 * IndexedDB and relative URLs work), `secure` makes it a secure context like https,
 * `supportFetchAPI` lets the renderer and its workers fetch the library's data files.
 * Everything that would weaken the page stays off: no CSP bypass, no service workers,
 * no CORS exemptions, no extensions.
 */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  corsEnabled: false,
  stream: false,
  allowExtensions: false,
} as const satisfies Privileges;

/** Parses `url` and returns it only when it is on the app origin, else null. */
export function parseAppUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const isAppOrigin =
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '';
  return isAppOrigin ? parsed : null;
}
