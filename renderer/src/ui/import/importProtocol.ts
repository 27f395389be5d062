/** Messages between the page and the import worker (importWorker.ts). */
import type { ImportReason } from '../../core/import/importError';
import type { LibraryDocument } from '../../core/library/libraryDocument';
import type { NoteWriteErrorKind } from '../../db/writeErrors';
import type { ReportInputReason } from '../../core/report/reportInputError';

/** Why a file was not imported, as the progress panel explains it in the delegate's language. */
export type ImportFailure =
  /** The reader refused the file (core/import's ImportError). */
  | { readonly kind: 'read'; readonly reason: ImportReason; readonly detail: string }
  /** The parser found no report in what was read (core/report's ReportInputError). */
  | { readonly kind: 'parse'; readonly reason: ReportInputReason; readonly detail: string }
  /** The shell refused to hand the file over (more files or bytes than one import takes). */
  | { readonly kind: 'refused'; readonly reason: 'too-large' | 'too-many' | 'unreadable'; readonly detail: string }
  /** The database would not keep it (disk full, data of a newer app); nothing of it was saved. */
  | { readonly kind: 'save'; readonly error: NoteWriteErrorKind; readonly detail: string }
  /** Anything else: a bug, shown with its message rather than hidden. */
  | { readonly kind: 'error'; readonly detail: string };

export type ToImportWorker = {
  readonly type: 'read';
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The app's base URL: pdf.js's worker, character maps and fonts are under `pdfjs/` there. */
  readonly baseUrl: string;
  /** ISO 8601 time the delegate added the file. */
  readonly addedAt: string;
};

/** What the worker is doing with a file: reading its format, or building its entities and search segment. */
export type ImportStage = 'reading' | 'indexing';

export type FromImportWorker =
  | { readonly type: 'stage'; readonly id: number; readonly stage: ImportStage }
  | { readonly type: 'read'; readonly id: number; readonly document: LibraryDocument }
  | { readonly type: 'failed'; readonly id: number; readonly failure: ImportFailure };
