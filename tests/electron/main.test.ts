/**
 * The composition root's wiring, with Electron replaced by a recording fake: every session
 * Electron creates and every page get the guards (not only the default session), the scheme is
 * registered before `ready` and the sandbox is enabled for every renderer.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { appScheme } from '../../electron/appOrigin.js';
import { call, FakeContents, fakeSession } from './electronFakes.js';

const electron = vi.hoisted(() => ({
  appListeners: new Map<string, (...args: never[]) => unknown>(),
  registeredSchemes: [] as unknown[],
  sandboxEnabled: false,
}));

vi.mock('electron', () => ({
  app: {
    requestSingleInstanceLock: () => true,
    enableSandbox: () => {
      electron.sandboxEnabled = true;
    },
    on: (event: string, listener: (...args: never[]) => unknown) => electron.appListeners.set(event, listener),
    // Never ready: the test looks at what is wired before start-up, without windows.
    whenReady: () => new Promise<void>(() => undefined),
    quit: () => undefined,
  },
  protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => electron.registeredSchemes.push(...schemes) },
  session: {},
  BrowserWindow: class {},
  dialog: {},
  ipcMain: { handle: () => undefined },
}));

describe('electron/main.ts', () => {
  beforeAll(async () => {
    await import('../../electron/main.js');
  });

  it('registers the app scheme as privileged and enables the sandbox before ready', () => {
    expect(electron.registeredSchemes).toEqual([expect.objectContaining({ scheme: appScheme })]);
    expect(electron.sandboxEnabled).toBe(true);
  });

  it('guards every session Electron creates, not only the default one', () => {
    const session = fakeSession();
    call(electron.appListeners.get('session-created'), session);
    let answer: { cancel?: boolean } | undefined;
    call(session.handlers.get('request'), { url: 'https://example.com/', resourceType: 'mainFrame' }, (response: { cancel?: boolean }) => (answer = response));
    expect(answer).toEqual({ cancel: true });
    expect(session.handlers.has('permission request')).toBe(true);
  });

  it('guards every page: new windows denied', () => {
    const contents = new FakeContents();
    call(electron.appListeners.get('web-contents-created'), {}, contents);
    expect(call(contents.windowOpenHandler, { url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.listeners.has('will-navigate')).toBe(true);
  });
});
