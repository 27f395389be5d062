/**
 * A database deleted under the app (site data cleared, DevTools, another tab calling
 * deleteDatabase) or closed by the browser must stay closed. Dexie's default is to reopen on
 * the next query, which would silently create a new, empty database: the editor would then
 * report "note not found" and the reader an empty notes panel, as if the delegate had deleted
 * everything. Closed for good, every write fails with DatabaseClosedError (shown as "closed",
 * with the advice to reload) and the open editor keeps its text.
 *
 * An upgrade by a newer app in another window is not a loss: Dexie reopens at the newer
 * version and the data-version guard (schemaVersion.ts) makes the notes read-only.
 */
import type { Dexie } from 'dexie';

/** Why the connection was lost, once it has been. */
export type ConnectionLoss = 'deleted' | 'closed-by-browser';

/** Keeps `db` closed after a loss; returns a function that tells whether and why it was lost. */
export function installConnectionLossGuard(db: Dexie): () => ConnectionLoss | undefined {
  let loss: ConnectionLoss | undefined;
  const lose = (reason: ConnectionLoss): void => {
    loss ??= reason;
    db.close({ disableAutoOpen: true });
  };
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    // A null (or 0) newVersion is a deleteDatabase request. Dexie calls the newest subscriber
    // first and stops at one that returns false: that skips its default (close, then reopen).
    if (event.newVersion) return undefined;
    lose('deleted');
    return false;
  });
  db.on(
    'ready',
    (vipDb: Dexie) => {
      // IndexedDB's "close" event fires only when the browser closes the connection itself
      // (storage cleared, disk error), never after db.close(); Dexie's own onclose handler
      // would reopen, so listen beside it.
      vipDb.backendDB().addEventListener('close', () => lose('closed-by-browser'));
    },
    true,
  );
  return () => loss;
}
