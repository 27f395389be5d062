import { describe, expect, it } from 'vitest';
import { requestPersistentStorage, type PersistenceApi } from '../../renderer/src/db/persistentStorage';

function storage(options: { persisted: boolean; grants: boolean; fails?: boolean }): PersistenceApi & { requests: number } {
  const api = {
    requests: 0,
    persisted: async () => options.persisted,
    persist: async () => {
      api.requests++;
      if (options.fails === true) throw new Error('denied by policy');
      return options.grants;
    },
    estimate: async () => ({ usage: 1024, quota: 1_000_000 }),
  };
  return api;
}

describe('requestPersistentStorage', () => {
  it('asks for persistence and reports it granted, with usage and quota', async () => {
    const api = storage({ persisted: false, grants: true });
    expect(await requestPersistentStorage(api)).toEqual({ outcome: 'granted', usageBytes: 1024, quotaBytes: 1_000_000 });
    expect(api.requests).toBe(1);
  });

  it('reports a refusal, so that the UI can warn', async () => {
    expect((await requestPersistentStorage(storage({ persisted: false, grants: false }))).outcome).toBe('denied');
  });

  it('does not ask again when storage is already persistent', async () => {
    const api = storage({ persisted: true, grants: true });
    expect((await requestPersistentStorage(api)).outcome).toBe('already-persistent');
    expect(api.requests).toBe(0);
  });

  it('reports a failing request instead of throwing', async () => {
    expect(await requestPersistentStorage(storage({ persisted: false, grants: false, fails: true }))).toEqual({ outcome: 'failed', error: 'denied by policy' });
  });

  it('reports unsupported when there is no StorageManager (Node 20 has no navigator.storage)', async () => {
    expect(await requestPersistentStorage(undefined)).toEqual({ outcome: 'unsupported' });
    expect(await requestPersistentStorage()).toEqual({ outcome: 'unsupported' });
  });
});
