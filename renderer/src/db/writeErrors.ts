/**
 * Write failures as the UI needs them: one error type with a kind to act on and a message to
 * show, so that a failed save keeps the delegate's text on screen with a reason, never a stack.
 */
import { NewerDataError } from './schemaVersion';

/** Why a write failed: storage full, database closed, data newer than the app, record gone, id taken, or other. */
export type NoteWriteErrorKind = 'quota' | 'closed' | 'newer-data' | 'not-found' | 'duplicate' | 'unknown';

/** A write to the notes database that did not commit; nothing of it was saved. */
export class NoteWriteError extends Error {
  override readonly name = 'NoteWriteError';

  constructor(
    readonly kind: NoteWriteErrorKind,
    message: string,
    options: { readonly cause?: unknown } = {},
  ) {
    super(message, options);
  }
}

const MESSAGES: Readonly<Record<Exclude<NoteWriteErrorKind, 'newer-data' | 'unknown'>, string>> = {
  quota: 'Not saved: the disk is full or the storage for the app is used up. Free some disk space, then save again.',
  closed:
    'Not saved: the notes database was closed or deleted under the app (its data was cleared, or another window is updating the app). Copy your text, reload the window, then save again.',
  'not-found': 'Not saved: this note, link or document no longer exists (it may have been deleted in another window).',
  duplicate: 'Not saved: the library already holds a document with this id.',
};

/** The error and every error it wraps: Dexie's `inner`, the standard `cause`, a BulkError's `failures`. */
function errorChain(error: unknown, depth = 0): unknown[] {
  if (depth > 8 || typeof error !== 'object' || error === null) return [error];
  const chain: unknown[] = [error];
  if ('inner' in error && error.inner !== undefined && error.inner !== null) chain.push(...errorChain(error.inner, depth + 1));
  if ('cause' in error && error.cause !== undefined && error.cause !== null) chain.push(...errorChain(error.cause, depth + 1));
  if ('failures' in error && Array.isArray(error.failures)) {
    for (const failure of error.failures) chain.push(...errorChain(failure, depth + 1));
  }
  return chain;
}

function nameOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : undefined;
}

/**
 * True for a quota failure in either shape it reaches us: a QuotaExceededError (DOMException,
 * or Dexie's mapped error of that name), or an AbortError whose inner error is one, which is
 * how Dexie reports a transaction that IndexedDB aborted for lack of space.
 */
export function isQuotaError(error: unknown): boolean {
  return errorChain(error).some((link) => nameOf(link) === 'QuotaExceededError');
}

/** True when the database connection was closed under the write. */
export function isClosedError(error: unknown): boolean {
  // DatabaseClosedError is Dexie's; InvalidStateError is what IndexedDB throws when a
  // transaction is started on a closing connection.
  return errorChain(error).some((link) => {
    const name = nameOf(link);
    return name === 'DatabaseClosedError' || name === 'InvalidStateError';
  });
}

/** Maps any failure of a write to a NoteWriteError (returned as is when it already is one). */
export function toNoteWriteError(error: unknown): NoteWriteError {
  if (error instanceof NoteWriteError) return error;
  const chain = errorChain(error);
  const newer = chain.find((link): link is NewerDataError => link instanceof NewerDataError);
  if (newer !== undefined) return new NoteWriteError('newer-data', newer.message, { cause: error });
  if (isQuotaError(error)) return new NoteWriteError('quota', MESSAGES.quota, { cause: error });
  if (isClosedError(error)) return new NoteWriteError('closed', MESSAGES.closed, { cause: error });
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new NoteWriteError('unknown', `Not saved: ${detail}`, { cause: error });
}

/** A NoteWriteError for a record whose id is already taken by a live one. */
export function duplicateError(what: string): NoteWriteError {
  return new NoteWriteError('duplicate', `${MESSAGES.duplicate} (${what})`);
}

/** A NoteWriteError for a record that is not there (or no longer live). */
export function notFoundError(what: string): NoteWriteError {
  return new NoteWriteError('not-found', `${MESSAGES['not-found']} (${what})`);
}
