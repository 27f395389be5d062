/**
 * Creates the main window. All security-relevant options come from
 * webPreferences.ts, where each flag is unit-tested; this file only adds looks.
 */
import { BrowserWindow } from 'electron';
import { appEntryUrl } from './appOrigin.js';
import { secureWebPreferences } from './webPreferences.js';

/** Opens the app page in a new hardened window and shows it once it has painted. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'ITU Council Knowledge Base',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    console.error('[kb shell] could not load the app page', error);
  });
  return window;
}
