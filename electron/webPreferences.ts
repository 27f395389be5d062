/**
 * The webPreferences of every window the shell opens. Kept pure (type-only Electron
 * import) so each flag is asserted by a unit test; window.ts only passes it on.
 */
import type { WebPreferences } from 'electron';

/** Hardened preferences; each line names the Electron security checklist item it serves. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    // 3. Context isolation: the preload's world and Electron internals stay apart from page scripts.
    contextIsolation: true,
    // 4. Process sandboxing: the renderer gets no Node and only OS-limited access.
    sandbox: true,
    // 2. No Node.js integration anywhere a page or worker runs.
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // 6. Keep the same-origin policy.
    webSecurity: true,
    // 8. Never run http content inside the secure app:// page.
    allowRunningInsecureContent: false,
    // 9. and 10. No experimental or extra Blink features.
    experimentalFeatures: false,
    // 14. Middle-click (auxclick) on a link is another way to ask for a new window.
    disableBlinkFeatures: 'Auxclick',
    // 11. and 12. No <webview>: the app embeds no third-party content.
    webviewTag: false,
    // 13. Dropping a file on the window must not navigate it to file://.
    navigateOnDragDrop: false,
    // Offline-first: on Linux the spellchecker downloads dictionaries from Google.
    spellcheck: false,
    // DevTools pages load from devtools://, which requestPolicy denies, so they could
    // only open blank; debug the renderer in the browser build (`npm run web`) instead.
    devTools: false,
    // A page cannot trap the user in an endless loop of alert() dialogs.
    safeDialogs: true,
    enableWebSQL: false,
  };
}
