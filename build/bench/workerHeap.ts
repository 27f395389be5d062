/**
 * The JS heap of a page's workers, read through the DevTools protocol: `performance.memory`
 * exists in the page only, so a worker's heap (the search index lives there) cannot be read
 * from inside it. Each worker is attached in the protocol's non-flat mode, because Playwright's
 * CDPSession sends commands to its own target only (it has no sessionId parameter).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface WorkerTarget {
  readonly sessionId: string;
  readonly url: string;
}

interface ProtocolReply {
  readonly id?: number;
  readonly result?: { readonly usedSize?: unknown; readonly backingStorageSize?: unknown };
  readonly error?: { readonly message?: string };
}

/** Sends protocol commands to one attached child session and resolves with their replies. */
function childCaller(session: CDPSession): (sessionId: string, method: string) => Promise<ProtocolReply> {
  let nextId = 1;
  const pending = new Map<number, (reply: ProtocolReply) => void>();
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply: ProtocolReply = JSON.parse(message);
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  return (sessionId, method) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, resolve);
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(reject);
    });
}

/** A worker's memory after a garbage collection, in bytes. */
export interface WorkerHeap {
  /** The JS heap in use. */
  readonly used: number;
  /** Array buffers' contents, held outside the JS heap (the term dictionaries' offsets, for one); 0 if Chromium does not say. */
  readonly arrayBuffers: number;
}

/** Each worker's memory after a garbage collection, by the worker script's URL. */
export async function workerHeaps(context: BrowserContext, page: Page): Promise<Map<string, WorkerHeap>> {
  const session = await context.newCDPSession(page);
  try {
    const workers: WorkerTarget[] = [];
    session.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
      if (targetInfo.type === 'worker') workers.push({ sessionId, url: targetInfo.url });
    });
    const call = childCaller(session);
    // Turning auto-attach on attaches the workers already running; their events come before the reply.
    await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    const heaps = new Map<string, WorkerHeap>();
    for (const { sessionId, url } of workers) {
      await call(sessionId, 'HeapProfiler.collectGarbage');
      const reply = await call(sessionId, 'Runtime.getHeapUsage');
      const used = reply.result?.usedSize;
      const arrayBuffers = reply.result?.backingStorageSize;
      if (typeof used !== 'number') throw new Error(`Runtime.getHeapUsage in ${url}: ${reply.error?.message ?? 'no usedSize'}`);
      heaps.set(url, { used, arrayBuffers: typeof arrayBuffers === 'number' ? arrayBuffers : 0 });
    }
    return heaps;
  } finally {
    await session.detach();
  }
}
