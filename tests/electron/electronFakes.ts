/**
 * Small fakes of what the shell's guards touch on an Electron session and page (the
 * GuardedSession and GuardedContents shapes of electron/security.ts): they record each handler
 * so a test can call it as Electron would.
 */
import type { GuardedContents, GuardedSession } from '../../electron/security.js';

export type Listener = (...args: never[]) => unknown;

/** Calls a captured handler with the arguments Electron would pass. */
export function call(listener: Listener | undefined, ...args: unknown[]): unknown {
  if (listener === undefined) throw new Error('the handler was not registered');
  return Reflect.apply(listener, undefined, args);
}

export function fakeSession(): GuardedSession & { readonly handlers: Map<string, Listener> } {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    webRequest: { onBeforeRequest: (listener) => void handlers.set('request', listener) },
    setPermissionRequestHandler: (handler) => void handlers.set('permission request', handler ?? (() => undefined)),
    setPermissionCheckHandler: (handler) => void handlers.set('permission check', handler ?? (() => undefined)),
    setDevicePermissionHandler: (handler) => void handlers.set('device permission', handler ?? (() => undefined)),
  };
}

export class FakeContents implements GuardedContents {
  readonly listeners = new Map<string, Listener>();
  windowOpenHandler: Listener | undefined;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
}

/** An Electron event with a URL that records whether the default action was prevented. */
export function navigationEvent(url: string, isMainFrame = true): { url: string; isMainFrame: boolean; isPrevented: boolean; preventDefault(): void } {
  return {
    url,
    isMainFrame,
    isPrevented: false,
    preventDefault() {
      this.isPrevented = true;
    },
  };
}

