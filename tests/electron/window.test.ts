/**
 * The main window is made with exactly the tested secure webPreferences (webPreferences.ts),
 * nothing added or overridden in window.ts, and loads the app's own entry URL.
 */
import { describe, expect, it, vi } from 'vitest';
import { appEntryUrl } from '../../electron/appOrigin.js';
import { secureWebPreferences } from '../../electron/webPreferences.js';
import { createMainWindow } from '../../electron/window.js';

const made = vi.hoisted(() => ({ options: [] as unknown[], loaded: [] as string[] }));

vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: unknown) {
      made.options.push(options);
    }
    once(): void {}
    loadURL(url: string): Promise<void> {
      made.loaded.push(url);
      return Promise.resolve();
    }
  },
}));

describe('createMainWindow', () => {
  it('uses secureWebPreferences unchanged and loads app://kb/', () => {
    createMainWindow('/opt/kb/preload.cjs');
    expect(made.options).toEqual([expect.objectContaining({ webPreferences: secureWebPreferences('/opt/kb/preload.cjs') })]);
    expect(made.loaded).toEqual([appEntryUrl]);
  });
});
