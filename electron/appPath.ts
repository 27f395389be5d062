/**
 * Maps `app://kb/<path>` URLs, and the request paths of `npm run web`'s server, to files
 * inside the renderer build (dist/renderer). This is the path-traversal boundary of the
 * custom protocol (Electron security checklist 18) and of the web server: a compromised or
 * buggy renderer, or a hostile HTTP client, must not read anything outside it.
 *
 * Two steps, on purpose:
 * - `resolveRequestPath` (and `resolveAppPath` for app URLs) is pure (string in, string
 *   out) so every hostile input can be table-tested without a file system;
 * - `resolveRequestFile` (`resolveAppFile`) adds the real-fs checks a string cannot see:
 *   symlinks that leave the root (via fs.realpath), directories, missing files.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { appOrigin, parseAppUrl } from './appOrigin.js';

/** Served for `app://kb/` and for any URL path that ends in `/`. */
export const directoryIndexName = 'index.html';

/**
 * Characters refused inside a decoded path segment: separators of every platform
 * (a `%2f` or `%5c` must never become a separator), NUL and other control characters,
 * and `:` (Windows drive letters and alternate data streams).
 */
const forbiddenSegmentCharacters = /[/\\:\u0000-\u001f\u007f]/u;

/**
 * Resolves an app URL to an absolute path under `rendererRoot`, or null when the URL is
 * not on the app origin or its path could escape the root. Query and fragment are
 * ignored; a path ending in `/` maps to its index.html. Pure: does not touch the disk.
 */
export function resolveAppPath(url: string, rendererRoot: string): string | null {
  const rawPath = rawPathOfAppUrl(url);
  return rawPath === null ? null : resolveRequestPath(rawPath, rendererRoot);
}

/**
 * The same for a request target as written on the wire (`/assets/x.js?v=1`, the path of
 * an HTTP request line, before any URL parser has resolved its dot segments): the one
 * path resolution of both the app:// protocol and `npm run web`'s server. Pure.
 */
export function resolveRequestPath(rawPath: string, rendererRoot: string): string | null {
  // Reject raw backslashes and NULs before parsing: the WHATWG parser treats `\` as a
  // separator for special schemes only, so its meaning would depend on registration.
  if (!rawPath.startsWith('/') || rawPath.includes('\\') || rawPath.includes('\u0000')) return null;
  // A URL parser silently resolves "..", "%2e%2e" and "." segments; refuse them
  // instead, so a traversal attempt is a 404 rather than some other file of the root.
  if (hasDotSegment(rawPath)) return null;

  // The path is still percent-encoded; query and fragment are not part of it.
  const encodedSegments = (rawPath.split(/[?#]/u, 1)[0] ?? '').split('/').slice(1);
  const segments: string[] = [];
  for (const [index, encodedSegment] of encodedSegments.entries()) {
    const isLast = index === encodedSegments.length - 1;
    if (encodedSegment === '') {
      // Only a trailing empty segment ("dir/") is meaningful; "//etc" is refused.
      if (isLast) break;
      return null;
    }
    const segment = decodeSegment(encodedSegment);
    if (segment === null || !isSafeSegment(segment)) return null;
    segments.push(segment);
  }
  const lastSegment = encodedSegments.at(-1);
  if (lastSegment === undefined || lastSegment === '') segments.push(directoryIndexName);

  const root = path.resolve(rendererRoot);
  const resolved = path.resolve(root, ...segments);
  return isInside(root, resolved) ? resolved : null;
}

/**
 * Like `resolveAppPath`, then checks the real file system (see `resolveRequestFile`).
 */
export async function resolveAppFile(url: string, rendererRoot: string): Promise<string | null> {
  const rawPath = rawPathOfAppUrl(url);
  return rawPath === null ? null : resolveRequestFile(rawPath, rendererRoot);
}

/**
 * Like `resolveRequestPath`, then checks the real file system: follows symlinks with
 * fs.realpath and refuses any target outside the real renderer root, maps a directory
 * to its index.html, and returns null for anything that is not an existing regular file.
 */
export async function resolveRequestFile(rawPath: string, rendererRoot: string): Promise<string | null> {
  const candidate = resolveRequestPath(rawPath, rendererRoot);
  if (candidate === null) return null;
  try {
    const realRoot = await fs.realpath(rendererRoot);
    let realFile = await fs.realpath(candidate);
    if (!isInside(realRoot, realFile)) return null;
    let stats = await fs.stat(realFile);
    if (stats.isDirectory()) {
      realFile = await fs.realpath(path.join(realFile, directoryIndexName));
      if (!isInside(realRoot, realFile)) return null;
      stats = await fs.stat(realFile);
    }
    return stats.isFile() ? realFile : null;
  } catch {
    // ENOENT, ELOOP, EACCES...: the protocol answers 404 either way.
    return null;
  }
}

/** The path, query and fragment of an `app://kb` URL exactly as written, or null off the origin. */
export function rawPathOfAppUrl(url: string): string | null {
  if (parseAppUrl(url) === null || !url.startsWith(appOrigin)) return null;
  const rest = url.slice(appOrigin.length);
  if (rest === '' || rest.startsWith('?') || rest.startsWith('#')) return `/${rest}`;
  return rest.startsWith('/') ? rest : null;
}

function hasDotSegment(rawPath: string): boolean {
  const withoutQueryOrFragment = rawPath.split(/[?#]/u, 1)[0] ?? '';
  return withoutQueryOrFragment.split('/').some((rawSegment) => {
    const segment = decodeSegment(rawSegment) ?? rawSegment;
    return segment === '.' || segment === '..';
  });
}

function decodeSegment(encodedSegment: string): string | null {
  try {
    return decodeURIComponent(encodedSegment);
  } catch {
    return null; // malformed escapes such as "%E0%A4%A"
  }
}

/** Hidden files (`.env`, `.git`) are never part of the build's public surface. */
function isSafeSegment(segment: string): boolean {
  return !segment.startsWith('.') && !forbiddenSegmentCharacters.test(segment);
}

/** True when `candidate` is `root` itself or lies below it (both absolute, normalised). */
function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  const isOutside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return !isOutside;
}
