/**
 * Start-up checks of the notes' storage: ask for persistent storage (a refusal is logged, not
 * shown: Electron grants it, and a browser's refusal changes nothing the delegate can act on),
 * and learn whether the data is newer than this app (then the notes are read-only).
 */
import { appDatabase, requestPersistentStorage } from '../../db';

/** Requests persistent storage once; never rejects. */
export async function requestNotesPersistence(): Promise<void> {
  const result = await requestPersistentStorage();
  if (result.outcome !== 'granted' && result.outcome !== 'already-persistent') {
    console.info(`Persistent storage: ${result.outcome}${result.error === undefined ? '' : ` (${result.error})`}`);
  }
}

let readOnlyPromise: Promise<boolean> | undefined;

/** Whether the stored notes were written by a newer app (read-only); false if the check fails. */
export function isNotesReadOnly(): Promise<boolean> {
  readOnlyPromise ??= appDatabase()
    .dataVersionStatus()
    .then(
      (status) => status.isReadOnly,
      () => false,
    );
  return readOnlyPromise;
}
