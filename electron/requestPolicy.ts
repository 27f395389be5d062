/**
 * What the renderer may load and where it may go. The app is offline-first and ships
 * everything it shows, so the policy is an allow-list of one origin: anything else
 * (http(s) even to localhost, file:, ws:, data:/javascript: navigations, devtools:,
 * chrome-extension:, other app:// hosts) is refused. Electron security checklist 1
 * (only load secure content), 13 (limit navigation) and 18 (custom protocol, not file://).
 */
import { parseAppUrl } from './appOrigin.js';

/** True when a network request (any resource type) may proceed: only `app://kb/...`. */
export function isAllowedRequest(url: string): boolean {
  return parseAppUrl(url) !== null;
}

/**
 * True when a frame may navigate to `url`. Same origin as requests today; kept separate
 * so navigation can be narrowed (e.g. to HTML documents) without touching subresources.
 */
export function isAllowedNavigation(url: string): boolean {
  return parseAppUrl(url) !== null;
}

/**
 * Permissions the app's own pages may use (checklist 5: grant only what is needed). Copying a
 * note as Markdown writes to the clipboard; nothing else (camera, notifications, geolocation,
 * clipboard reading…) is ever needed by an offline reader.
 */
const grantedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** True when `permission` may be granted to a page at `requestingUrl`. */
export function isGrantedPermission(permission: string, requestingUrl: string): boolean {
  return grantedPermissions.has(permission) && parseAppUrl(requestingUrl) !== null;
}
