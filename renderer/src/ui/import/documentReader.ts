/**
 * The page's side of the import worker (importWorker.ts): one file read at a time, its stages
 * reported, and a cancel that stops the worker at once (a PDF of 2,000 pages is not interrupted
 * any other way); the next file starts a fresh worker.
 */
import type { OpenedDocumentFile } from '../../bridge/kbBridge';
import type { LibraryDocument } from '../../core/library/libraryDocument';
import type { FromImportWorker, ImportFailure, ImportStage, ToImportWorker } from './importProtocol';

/** A file the reader refused, with why. */
export class ImportFailureError extends Error {
  override readonly name = 'ImportFailureError';
  constructor(readonly failure: ImportFailure) {
    super(failure.detail);
  }
}

/** The read was stopped by cancel(). */
export class ReadCancelledError extends Error {
  override readonly name = 'ReadCancelledError';
}

export interface DocumentReader {
  /** Reads one file into a library document; rejects with ImportFailureError or ReadCancelledError. */
  read(file: OpenedDocumentFile, addedAt: string, onStage: (stage: ImportStage) => void): Promise<LibraryDocument>;
  /** Stops the file being read. */
  cancel(): void;
  /** Ends the worker once nothing is being read (the queue is empty): pdf.js holds memory. */
  release(): void;
}

interface Reading {
  readonly id: number;
  readonly resolve: (document: LibraryDocument) => void;
  readonly reject: (error: Error) => void;
  readonly onStage: (stage: ImportStage) => void;
}

/** A reader backed by the import worker; pdf.js's files come from `baseUrl`'s `pdfjs/` folder. */
export function createWorkerReader(baseUrl: string): DocumentReader {
  let worker: Worker | null = null;
  let reading: Reading | null = null;
  let nextId = 1;

  const stop = (): void => {
    worker?.terminate();
    worker = null;
  };
  const settle = (id: number): Reading | null => {
    if (reading?.id !== id) return null;
    const settled = reading;
    reading = null;
    return settled;
  };
  const start = (): Worker => {
    // Vite bundles the worker as its own chunk from this exact `new Worker(new URL(…))` form.
    const started = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'import' });
    started.addEventListener('message', (event: MessageEvent<FromImportWorker>) => {
      const message = event.data;
      if (message.type === 'stage') {
        if (reading?.id === message.id) reading.onStage(message.stage);
      } else if (message.type === 'read') settle(message.id)?.resolve(message.document);
      else settle(message.id)?.reject(new ImportFailureError(message.failure));
    });
    started.addEventListener('error', (event) => {
      event.preventDefault();
      const failed = reading;
      reading = null;
      stop();
      failed?.reject(new ImportFailureError({ kind: 'error', detail: event.message || 'the import worker stopped' }));
    });
    return started;
  };

  return {
    read(file, addedAt, onStage) {
      worker ??= start();
      const id = nextId++;
      const target = worker;
      return new Promise<LibraryDocument>((resolve, reject) => {
        reading = { id, resolve, reject, onStage };
        // The bytes are copied, not transferred: the page keeps them to store the original.
        const message: ToImportWorker = { type: 'read', id, name: file.name, bytes: file.bytes, baseUrl, addedAt };
        target.postMessage(message);
      });
    },
    cancel() {
      const cancelled = reading;
      reading = null;
      stop();
      cancelled?.reject(new ReadCancelledError('cancelled'));
    },
    release() {
      if (reading === null) stop();
    },
  };
}
