/**
 * The JS heap of a page's workers, read through the DevTools protocol: `performance.memory`
 * exists in the page only, so a worker's heap (the search index lives there) cannot be read
 * from inside it. Each worker is attached in the protocol's non-flat mode, because Playwright's
 * CDPSession sends commands to its own target only (it has no sessionId parameter).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface WorkerTarget {
  /** The sessions from the page's down to the worker's: a worker started by a worker is attached through its parent. */
  readonly path: readonly string[];
  readonly url: string;
}

interface ProtocolMessage {
  readonly id?: number;
  readonly method?: string;
  readonly params?: { readonly sessionId?: string; readonly message?: string; readonly targetInfo?: { readonly type?: string; readonly url?: string } };
  readonly result?: { readonly usedSize?: unknown; readonly backingStorageSize?: unknown };
  readonly error?: { readonly message?: string };
}

/**
 * Sends protocol commands to attached child sessions, nested ones through their parents, and
 * reports the workers attached on the way (`onWorker`).
 */
function childCaller(session: CDPSession, onWorker: (worker: WorkerTarget) => void): (path: readonly string[], method: string, params?: object) => Promise<ProtocolMessage> {
  let nextId = 1;
  const pending = new Map<number, (reply: ProtocolMessage) => void>();
  // The page's own workers attach to this session; theirs come wrapped in their messages (below).
  session.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') onWorker({ path: [sessionId], url: targetInfo.url });
  });
  session.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const path = [sessionId];
    let received: ProtocolMessage = JSON.parse(message);
    // A nested session's message comes wrapped in each parent's.
    while (received.method === 'Target.receivedMessageFromTarget' && received.params?.sessionId !== undefined && received.params.message !== undefined) {
      path.push(received.params.sessionId);
      received = JSON.parse(received.params.message);
    }
    if (received.id !== undefined) pending.get(received.id)?.(received);
    const attached = received.params;
    if (received.method === 'Target.attachedToTarget' && attached?.targetInfo?.type === 'worker' && attached.sessionId !== undefined) {
      onWorker({ path: [...path, attached.sessionId], url: attached.targetInfo.url ?? '' });
    }
  });
  return (path, method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, resolve);
      let message = JSON.stringify({ id, method, params });
      // Wrapped for each session below the first (their replies are not waited for: ids of their own).
      for (let i = path.length - 1; i >= 1; i--) message = JSON.stringify({ id: nextId++, method: 'Target.sendMessageToTarget', params: { sessionId: path[i], message } });
      session.send('Target.sendMessageToTarget', { sessionId: path[0]!, message }).catch(reject);
    });
}

/** A worker's memory after a garbage collection, in bytes. */
export interface WorkerHeap {
  /** The JS heap in use. */
  readonly used: number;
  /** Array buffers' contents, held outside the JS heap (the term dictionaries' offsets, for one); 0 if Chromium does not say. */
  readonly arrayBuffers: number;
}

/** Each worker's memory after a garbage collection, by the worker script's URL, workers started by workers included. */
export async function workerHeaps(context: BrowserContext, page: Page): Promise<Map<string, WorkerHeap>> {
  const session = await context.newCDPSession(page);
  try {
    const workers: WorkerTarget[] = [];
    const call = childCaller(session, (worker) => workers.push(worker));
    // Turning auto-attach on attaches the workers already running; their events come before the reply.
    await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    for (let w = 0; w < workers.length; w++) {
      await call(workers[w]!.path, 'Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    }
    const heaps = new Map<string, WorkerHeap>();
    for (const { path, url } of workers) {
      await call(path, 'HeapProfiler.collectGarbage');
      const reply = await call(path, 'Runtime.getHeapUsage');
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
