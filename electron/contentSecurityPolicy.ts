/**
 * The Content-Security-Policy of every app:// response (Electron security checklist 7).
 * Only the app's own origin: no remote host, no inline or eval'd script. `img-src data:`
 * is the one exception, for small inline images the renderer builds itself.
 *
 * The header is attached by the protocol handler to each Response it builds, not by
 * `webRequest.onHeadersReceived`: header-related webRequest events do not fire for
 * custom protocols (electron/electron#6021, #14804), so only the handler sees them all.
 */

const directives: ReadonlyArray<readonly [name: string, sources: string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** The policy string, e.g. "default-src 'self'; script-src 'self'; ...". */
export const contentSecurityPolicy = directives.map(([name, sources]) => `${name} ${sources}`).join('; ');

/**
 * Headers every app:// response carries. `nosniff` keeps the browser from reinterpreting
 * a file's type; `no-referrer` because nothing outside the app should learn its URLs.
 */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}
