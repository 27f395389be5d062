/**
 * The one wrapper every bridge handler goes through (CONVENTIONS: "one narrow, typed
 * bridge"). Before a handler runs it checks, in order: the channel is a bridge channel,
 * the sender is the app's own page in the main frame (Electron security checklist 17),
 * and the arguments parse. Pure apart from type imports, so it is tested with fake events.
 */
import { bridgeChannelPrefix } from '../renderer/src/bridge/kbBridge.js';
import { isTrustedSender, type SenderInfo } from './ipcValidation.js';
import type { RefusalLogger } from './refusalLog.js';

/**
 * The part of Electron's IpcMainInvokeEvent the guard reads (`senderFrame` is a
 * WebFrameMain, or null once the frame is gone); the real event satisfies it.
 */
export interface BridgeEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** Turns raw IPC arguments into a typed request, throwing on anything unexpected. */
export type ArgumentParser<Request> = (args: readonly unknown[]) => Request;

/** Does the work once the request is known to be safe. */
export type BridgeHandler<Event extends BridgeEvent, Request, Result> = (request: Request, event: Event) => Promise<Result>;

/** The function handed to ipcMain.handle. */
export type GuardedHandler<Event extends BridgeEvent, Result> = (event: Event, ...args: unknown[]) => Promise<Result>;

/** Raised to the renderer when a message is refused; carries no detail an attacker could use. */
export class BridgeRefusedError extends Error {
  override readonly name = 'BridgeRefusedError';
}

/** The frame facts the trust check needs, or null when the frame is gone. */
export function senderInfo(event: BridgeEvent): SenderInfo | null {
  const frame = event.senderFrame;
  if (frame === null) return null;
  return { url: frame.url, isMainFrame: frame.parent === null };
}

/**
 * Wraps `handler` for `channel`. Throws at once if the channel lacks the bridge prefix
 * (a programming error); at call time refuses untrusted senders and invalid arguments
 * before `handler` sees anything.
 */
export function guardBridgeHandler<Event extends BridgeEvent, Request, Result>(
  channel: string,
  parseArguments: ArgumentParser<Request>,
  handler: BridgeHandler<Event, Request, Result>,
  logRefusal: RefusalLogger,
): GuardedHandler<Event, Result> {
  if (!channel.startsWith(bridgeChannelPrefix)) {
    throw new Error(`IPC channel "${channel}" does not start with "${bridgeChannelPrefix}"`);
  }
  return async (event, ...args) => {
    const sender = senderInfo(event);
    if (!isTrustedSender(sender)) {
      logRefusal(`IPC ${channel} from untrusted sender`, sender?.url ?? '(destroyed frame)');
      throw new BridgeRefusedError(`${channel} refused: untrusted sender`);
    }
    let request: Request;
    try {
      request = parseArguments(args);
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'invalid arguments';
      logRefusal(`IPC ${channel} with invalid arguments (${reason})`, sender?.url ?? '');
      throw new BridgeRefusedError(`${channel} refused: ${reason}`);
    }
    return handler(request, event);
  };
}
