/**
 * Session- and page-level guards, applied to every session (`app.on('session-created')`) and
 * to every WebContents the app creates. Each decision comes from requestPolicy.ts (pure,
 * tested); every refusal is logged so a blocked request is visible, not silent.
 *
 * The parameters are typed by what the guards use, not by Electron's whole classes: a real
 * Session or WebContents fits, and so does the small fake tests/electron/security.test.ts
 * drives to check each decision (a `deny` turned into `allow` fails there).
 */
import type {
  CallbackResponse,
  Event,
  HandlerDetails,
  OnBeforeRequestListenerDetails,
  Session,
  WebContentsWillFrameNavigateEventParams,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
  WebPreferences,
  WindowOpenHandlerResponse,
} from 'electron';
import type { RefusalLogger } from './refusalLog.js';
import { isAllowedNavigation, isAllowedRequest, isGrantedPermission } from './requestPolicy.js';

/** What hardenSession sets on a session. */
export interface GuardedSession {
  readonly webRequest: {
    onBeforeRequest(listener: (details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void) => void): void;
  };
  setPermissionRequestHandler(handler: Parameters<Session['setPermissionRequestHandler']>[0]): void;
  setPermissionCheckHandler(handler: Parameters<Session['setPermissionCheckHandler']>[0]): void;
  setDevicePermissionHandler(handler: Parameters<Session['setDevicePermissionHandler']>[0]): void;
}

/** What hardenWebContents listens to on a page. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: Event<WebContentsWillNavigateEventParams>) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: Event<WebContentsWillFrameNavigateEventParams>) => void): unknown;
  on(event: 'will-redirect', listener: (event: Event<WebContentsWillRedirectEventParams>) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Event, webPreferences: WebPreferences, params: Record<string, string>) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

/**
 * Cancels every request that does not target app://kb/ (checklist 1: the app loads no
 * remote content at all) and denies every permission but clipboard writing by the app's own
 * pages (checklist 5: by default Electron grants them all).
 */
export function hardenSession(session: GuardedSession, logRefusal: RefusalLogger): void {
  // No URL filter: a filter would only match the schemes Chromium knows, and
  // everything, including custom schemes, must pass through this check.
  session.webRequest.onBeforeRequest((details, callback) => {
    const isAllowed = isAllowedRequest(details.url);
    if (!isAllowed) logRefusal(`${details.resourceType} request`, details.url);
    callback({ cancel: !isAllowed });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const isGranted = isGrantedPermission(permission, details.requestingUrl);
    if (!isGranted) logRefusal(`permission "${permission}"`, details.requestingUrl);
    callback(isGranted);
  });
  // Most web APIs check before they request; answer the check too.
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isGrantedPermission(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}

/**
 * Keeps a page where it is: no navigation away from the app (checklist 13), no new
 * windows (checklist 14: external links are not opened; the renderer shows their URL
 * instead, so shell.openExternal is never needed, checklist 15), no <webview> (12).
 */
export function hardenWebContents(contents: GuardedContents, logRefusal: RefusalLogger): void {
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    logRefusal('navigation', event.url);
  });
  // will-navigate covers the main frame only; subframes navigate through this event.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || isAllowedNavigation(event.url)) return;
    event.preventDefault();
    logRefusal('frame navigation', event.url);
  });
  contents.on('will-redirect', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    logRefusal('redirect', event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    logRefusal('new window', url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    event.preventDefault();
    logRefusal('webview', params['src'] ?? '');
  });
}
