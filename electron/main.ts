/**
 * Composition root of the Electron shell: wiring only, in the order Electron requires.
 * The decisions live in small modules (requestPolicy, appPath, ipcValidation, ...) that
 * are unit-tested without Electron.
 */
import { app, BrowserWindow, protocol, session } from 'electron';
import { appLayout } from './appLayout.js';
import { registerBridgeHandlers } from './ipc.js';
import { registerAppSchemeAsPrivileged, serveAppScheme } from './protocol.js';
import { warnRefusal } from './refusalLog.js';
import { hardenSession, hardenWebContents } from './security.js';
import { createMainWindow } from './window.js';

// Two instances would fight over the same IndexedDB files in userData.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Both must happen before `ready`. This is synchronous top-level code of the entry
  // module, which Electron runs before `ready` even for ESM (only awaited or dynamic
  // imports could run late; see Electron's "ES Modules in Electron" guide).
  registerAppSchemeAsPrivileged();
  app.enableSandbox(); // checklist 4: every renderer, whatever its webPreferences

  // Every session (the default one and any partition a later change might add) gets the
  // request and permission guards, and every WebContents the navigation guards.
  app.on('session-created', (createdSession) => hardenSession(createdSession, warnRefusal));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, warnRefusal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[kb shell] start-up failed', error);
      app.exit(1);
    });
}

function start(): void {
  const layout = appLayout(app.getAppPath());
  // Also through session-created; set again here (it replaces, it does not stack) so that the
  // default session is guarded however early Electron made it.
  hardenSession(session.defaultSession, warnRefusal);
  serveAppScheme(protocol, layout.rendererRoot, warnRefusal);
  registerBridgeHandlers(warnRefusal);
  let mainWindow = createMainWindow(layout.preloadPath);

  app.on('second-instance', () => {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(layout.preloadPath);
  });
}
