/**
 * Maps `app://kb/<path>` URLs to files inside the renderer build (dist/renderer).
 * This is the path-traversal boundary of the custom protocol (Electron security
 * checklist 18): a compromised or buggy renderer must not read anything outside it.
 *
 * Two steps, on purpose:
 * - `resolveAppPath` is pure (string in, string out) so every hostile input can be
 *   table-tested without a file system;
 * - `resolveAppFile` adds the real-fs checks a string cannot see: symlinks that leave
 *   the root (via fs.realpath), directories, missing files.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseAppUrl } from './appOrigin.js';

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
  // Reject raw backslashes and NULs before parsing: the WHATWG parser treats `\` as a
  // separator for special schemes only, so its meaning would depend on registration.
  if (url.includes('\\') || url.includes('\u0000')) return null;
  // The URL parser silently resolves "..", "%2e%2e" and "." segments; refuse them
  // instead, so a traversal attempt is a 404 rather than some other file of the root.
  if (hasDotSegment(url)) return null;
  const parsed = parseAppUrl(url);
  if (parsed === null) return null;

  // `pathname` is still percent-encoded; it always starts with "/" for this scheme.
  const encodedSegments = parsed.pathname.split('/').slice(1);
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
 * Like `resolveAppPath`, then checks the real file system: follows symlinks with
 * fs.realpath and refuses any target outside the real renderer root, maps a directory
 * to its index.html, and returns null for anything that is not an existing regular file.
 */
export async function resolveAppFile(url: string, rendererRoot: string): Promise<string | null> {
  const candidate = resolveAppPath(url, rendererRoot);
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

function hasDotSegment(url: string): boolean {
  const withoutQueryOrFragment = url.split(/[?#]/u, 1)[0] ?? '';
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

function isSafeSegment(segment: string): boolean {
  return segment !== '.' && segment !== '..' && !forbiddenSegmentCharacters.test(segment);
}

/** True when `candidate` is `root` itself or lies below it (both absolute, normalised). */
function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  const isOutside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return !isOutside;
}
