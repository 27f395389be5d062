/**
 * Asking the browser to keep the notes: without persistent storage, Chromium may evict an
 * origin's IndexedDB under storage pressure (web.dev, "Persistent storage").
 * Electron grants the request; a browser may refuse it, which the UI should say.
 */

/** The part of StorageManager this needs, so that tests can pass their own. */
export interface PersistenceApi {
  persist(): Promise<boolean>;
  persisted(): Promise<boolean>;
  estimate?(): Promise<StorageEstimate>;
}

/** What came of the request, with the usage and quota when the browser tells them. */
export interface PersistenceResult {
  readonly outcome: 'already-persistent' | 'granted' | 'denied' | 'unsupported' | 'failed';
  readonly usageBytes?: number;
  readonly quotaBytes?: number;
  /** Why the request failed, for outcome 'failed'. */
  readonly error?: string;
}

function defaultStorage(): PersistenceApi | undefined {
  // navigator.storage is missing outside secure contexts and in old engines.
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Requests persistent storage (navigator.storage.persist()) when available and reports the result. */
export async function requestPersistentStorage(storage: PersistenceApi | undefined = defaultStorage()): Promise<PersistenceResult> {
  if (storage === undefined || typeof storage.persist !== 'function') return { outcome: 'unsupported' };
  try {
    const usage = await estimateOf(storage);
    if (await storage.persisted()) return { outcome: 'already-persistent', ...usage };
    const isGranted = await storage.persist();
    return { outcome: isGranted ? 'granted' : 'denied', ...usage };
  } catch (error) {
    return { outcome: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

async function estimateOf(storage: PersistenceApi): Promise<{ usageBytes?: number; quotaBytes?: number }> {
  if (storage.estimate === undefined) return {};
  const estimate = await storage.estimate();
  return {
    ...(estimate.usage === undefined ? {} : { usageBytes: estimate.usage }),
    ...(estimate.quota === undefined ? {} : { quotaBytes: estimate.quota }),
  };
}
