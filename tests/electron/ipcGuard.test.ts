import { describe, expect, it, vi } from 'vitest';
import { bridgeChannelPrefix, bridgeChannels } from '../../renderer/src/bridge/kbBridge.js';
import { BridgeRefusedError, guardBridgeHandler, senderInfo } from '../../electron/ipcGuard.js';
import type { BridgeEvent } from '../../electron/ipcGuard.js';
import { parseNoArgs, parseOpenTextFileArgs } from '../../electron/ipcValidation.js';

/** A stand-in for IpcMainInvokeEvent: only senderFrame matters to the guard. */
function eventFrom(url: string, options: { isMainFrame?: boolean } = {}): BridgeEvent {
  const isMainFrame = options.isMainFrame ?? true;
  return { senderFrame: { url, parent: isMainFrame ? null : { url: 'app://kb/index.html' } } };
}

const destroyedFrameEvent: BridgeEvent = { senderFrame: null };
const openRequest = { title: 'Open', filters: [{ name: 'Markdown', extensions: ['md'] }] };

function setUp() {
  const handler = vi.fn(async (request: unknown) => ({ received: request }));
  const logRefusal = vi.fn();
  const guarded = guardBridgeHandler(bridgeChannels.openTextFile, parseOpenTextFileArgs, handler, logRefusal);
  return { handler, logRefusal, guarded };
}

describe('guardBridgeHandler', () => {
  it('every shared channel carries the bridge prefix', () => {
    for (const channel of Object.values(bridgeChannels)) expect(channel.startsWith(bridgeChannelPrefix)).toBe(true);
  });

  it('refuses to wrap a channel without the bridge prefix', () => {
    expect(() => guardBridgeHandler('open-anything', parseNoArgs, async () => null, vi.fn())).toThrow(
      'does not start with "kb:"',
    );
  });

  it('runs the handler with the parsed request for the app page in the main frame', async () => {
    const { handler, logRefusal, guarded } = setUp();
    const event = eventFrom('app://kb/index.html');
    await expect(guarded(event, openRequest)).resolves.toEqual({ received: openRequest });
    expect(handler).toHaveBeenCalledOnce();
    expect(handler).toHaveBeenCalledWith(openRequest, event);
    expect(logRefusal).not.toHaveBeenCalled();
  });

  it.each([
    ['another origin', eventFrom('https://evil.example/')],
    ['the dev server', eventFrom('http://localhost:5173/')],
    ['a file page', eventFrom('file:///tmp/index.html')],
    ['an app subframe', eventFrom('app://kb/index.html', { isMainFrame: false })],
    ['a destroyed frame', destroyedFrameEvent],
  ])('refuses %s before parsing or handling', async (_label, event) => {
    const { handler, logRefusal, guarded } = setUp();
    await expect(guarded(event, openRequest)).rejects.toBeInstanceOf(BridgeRefusedError);
    expect(handler).not.toHaveBeenCalled();
    expect(logRefusal).toHaveBeenCalledOnce();
  });

  it.each<[string, unknown[]]>([
    ['no arguments', []],
    ['a hostile object', [{ ...openRequest, defaultPath: '/etc' }]],
    ['too many arguments', [openRequest, 'extra']],
  ])('refuses %s from a trusted sender without calling the handler', async (_label, args) => {
    const { handler, logRefusal, guarded } = setUp();
    await expect(guarded(eventFrom('app://kb/index.html'), ...args)).rejects.toThrow(/kb:open-text-file refused/u);
    expect(handler).not.toHaveBeenCalled();
    expect(logRefusal).toHaveBeenCalledOnce();
  });

  it('passes handler errors through unchanged', async () => {
    const failure = new Error('disk full');
    const guarded = guardBridgeHandler(bridgeChannels.getAppInfo, parseNoArgs, async () => Promise.reject(failure), vi.fn());
    await expect(guarded(eventFrom('app://kb/'))).rejects.toBe(failure);
  });
});

describe('senderInfo', () => {
  it('reads the URL and whether the frame is the top frame', () => {
    expect(senderInfo(eventFrom('app://kb/'))).toEqual({ url: 'app://kb/', isMainFrame: true });
    expect(senderInfo(eventFrom('app://kb/', { isMainFrame: false }))).toEqual({ url: 'app://kb/', isMainFrame: false });
    expect(senderInfo(destroyedFrameEvent)).toBeNull();
  });
});
