/**
 * One import as the delegate follows it: the files in the order given, each read in the import
 * worker, placed in the library (core/library/importPlacement.ts): asked about when the library
 * already holds the same document (replace, keep both or skip), added without a question as the
 * new current revision when it is a later revision, with the notes of the revision current until
 * then carried over (exact landings stored, the others left for review); then saved (document,
 * original file and carried notes in one transaction: all or nothing per file) and handed to the
 * knowledge base. A file that fails is listed with its reason and the others
 * still go in; cancel stops the file being read and drops the ones waiting, and a file being
 * saved is saved whole. Outside React, so the queue outlives re-renders; the UI reads it with
 * useSyncExternalStore (useDocumentImport).
 */
import type { RefusedDocumentFile } from '../../bridge/documentFiles';
import type { OpenedDocumentFile } from '../../bridge/kbBridge';
import { placeImport } from '../../core/library/importPlacement';
import { freeReportId, withReportId } from '../../core/library/keepBoth';
import { sameDocumentKey, type DocumentOrigin, type LibraryDocument } from '../../core/library/libraryDocument';
import { libraryEntryOf, type LibraryEntry } from '../../core/library/libraryFiles';
import type { Report } from '../../core/report/types';
import { revisionLabel } from '../../core/revisions/revisionFamilies';
import type { DocumentsRepository } from '../../db/documentsRepository';
import { NoteWriteError } from '../../db/writeErrors';
import type { KnowledgeBaseActions } from '../data/knowledgeBaseStore';
import { messageOf } from '../feedback/errorMessage';
import { ImportFailureError, ReadCancelledError, type DocumentReader } from './documentReader';
import type { ImportFailure } from './importProtocol';

/** Where a file stands. The first five are in progress, the others final. */
export type ImportFileStatus =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'indexing' }
  | { readonly kind: 'asking' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'added' | 'replaced' | 'kept-both'; readonly reportId: string; readonly title: string }
  | AddedRevision
  | { readonly kind: 'skipped' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly failure: ImportFailure };

/** A later revision added as the new current one, with what happened to the notes on the revisions before it. */
export interface AddedRevision {
  readonly kind: 'added-revision';
  readonly reportId: string;
  readonly title: string;
  /** Its label ("Rev.1") and the previous current revision's id and label. */
  readonly revision: string;
  readonly previousId: string;
  readonly previousRevision: string;
  /** Notes that landed exactly and were stored on it. */
  readonly carried: number;
  /** Notes left on earlier revisions for the delegate to review. */
  readonly toReview: number;
  /** The labels of the revisions those notes are on ("Rev.0"), oldest first. */
  readonly reviewRevisions: readonly string[];
}

export interface ImportFileState {
  readonly key: number;
  readonly name: string;
  readonly status: ImportFileStatus;
}

/** The question asked when the library already holds the document a file turned out to be. */
export interface DuplicateQuestion {
  readonly fileKey: number;
  readonly fileName: string;
  /** The title of the document in the file. */
  readonly title: string;
  readonly existing: { readonly title: string; readonly origin: DocumentOrigin; readonly addedAt?: string };
  /** False for a bundled document: the app's own reports are never replaced. */
  readonly canReplace: boolean;
}

export type DuplicateChoice = 'replace' | 'keep-both' | 'skip';

export interface ImportState {
  readonly files: readonly ImportFileState[];
  readonly question: DuplicateQuestion | null;
}

export interface ImportSessionDependencies {
  readonly reader: DocumentReader;
  readonly documents: Pick<DocumentsRepository, 'addDocument' | 'addRevision' | 'replaceDocument' | 'findSame' | 'takenIds'>;
  readonly actions: KnowledgeBaseActions;
  /** The documents the library shows, bundled ones included (once the library has loaded: a drop may come first). */
  readonly libraryEntries: () => readonly LibraryEntry[] | Promise<readonly LibraryEntry[]>;
  /** A document of the library with its units (the revision a new one takes the notes of). */
  readonly loadReport: (reportId: string) => Promise<Report>;
  /** ISO 8601 time now. */
  readonly now: () => string;
}

const finalKinds: ReadonlySet<ImportFileStatus['kind']> = new Set(['added', 'added-revision', 'replaced', 'kept-both', 'skipped', 'cancelled', 'failed']);

/** Whether a file's import has ended (whatever the outcome). */
export function isFinished(file: ImportFileState): boolean {
  return finalKinds.has(file.status.kind);
}

interface Queued {
  readonly key: number;
  readonly file: OpenedDocumentFile;
  readonly addedAt: string;
}

interface Duplicate {
  readonly reportId: string;
  readonly question: Omit<DuplicateQuestion, 'fileKey' | 'fileName'>;
}

/** The duplicate question about `existing`, the same document as `document`. A bundled document is never replaced. */
function duplicateOf(document: LibraryDocument, existing: LibraryEntry): Duplicate {
  const isImported = existing.origin === 'imported';
  return {
    reportId: existing.meta.id,
    question: {
      title: document.report.meta.title,
      existing: { title: existing.meta.title, origin: existing.origin, ...(isImported && existing.addedAt !== undefined ? { addedAt: existing.addedAt } : {}) },
      canReplace: isImported,
    },
  };
}

export class ImportSession {
  private state: ImportState = { files: [], question: null };
  private readonly listeners = new Set<() => void>();
  private queue: Queued[] = [];
  private nextKey = 1;
  /** Bumped by cancel: work started before it is not carried on. */
  private generation = 0;
  private running: Promise<void> | null = null;
  private answer: ((choice: DuplicateChoice) => void) | null = null;

  constructor(private readonly dependencies: ImportSessionDependencies) {}

  readonly getState = (): ImportState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Queues files (refused ones are listed as failed at once) and starts reading them. */
  add(files: readonly OpenedDocumentFile[], refused: readonly RefusedDocumentFile[] = []): void {
    const addedAt = this.dependencies.now();
    const queued = files.map((file) => ({ key: this.nextKey++, file, addedAt }));
    const refusedFiles = refused.map((file): ImportFileState => {
      const failure: ImportFailure = { kind: 'refused', reason: file.reason, detail: file.name };
      return { key: this.nextKey++, name: file.name, status: { kind: 'failed', failure } };
    });
    this.queue.push(...queued);
    this.update({ files: [...this.state.files, ...queued.map(({ key, file }) => ({ key, name: file.name, status: { kind: 'waiting' } as const })), ...refusedFiles] });
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
  }

  /** Stops the file being read and drops the ones waiting; a file being saved is saved whole. */
  cancel(): void {
    this.generation++;
    const dropped = new Set(this.queue.map((queued) => queued.key));
    this.queue = [];
    this.dependencies.reader.cancel();
    this.answer?.('skip');
    this.update({
      files: this.state.files.map((file) => (dropped.has(file.key) || (!isFinished(file) && file.status.kind !== 'saving') ? { ...file, status: { kind: 'cancelled' } } : file)),
    });
  }

  /** Answers the duplicate question. */
  choose(choice: DuplicateChoice): void {
    this.answer?.(choice);
  }

  /** Forgets the files whose import has ended (the delegate closed the panel). */
  clearFinished(): void {
    this.update({ files: this.state.files.filter((file) => !isFinished(file)) });
  }

  /** Resolves once every queued file has been handled. */
  async whenIdle(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  private update(changes: Partial<ImportState>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }

  private setStatus(key: number, status: ImportFileStatus): void {
    this.update({ files: this.state.files.map((file) => (file.key === key ? { ...file, status } : file)) });
  }

  private async run(): Promise<void> {
    for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) {
      const generation = this.generation;
      const status = await this.importFile(next, () => generation !== this.generation);
      // A cancelled file was marked by cancel(); a saved one keeps its outcome.
      if (status !== null) this.setStatus(next.key, status);
    }
    this.dependencies.reader.release();
  }

  /** The file's final status, or null when cancel() has marked it. */
  private async importFile({ key, file, addedAt }: Queued, isCancelled: () => boolean): Promise<ImportFileStatus | null> {
    this.setStatus(key, { kind: 'reading' });
    let document: LibraryDocument;
    try {
      document = await this.dependencies.reader.read(file, addedAt, (stage) => {
        if (!isCancelled()) this.setStatus(key, { kind: stage });
      });
    } catch (error) {
      if (error instanceof ReadCancelledError || isCancelled()) return null;
      return { kind: 'failed', failure: error instanceof ImportFailureError ? error.failure : { kind: 'error', detail: messageOf(error) } };
    }
    if (isCancelled()) return null;
    try {
      const placement = placeImport(document.report.meta, await this.libraryEntries(document));
      if (placement.kind === 'later-revision') {
        this.setStatus(key, { kind: 'saving' });
        return await this.saveRevision(document, file.bytes, placement.previous, placement.earlier);
      }
      const duplicate = placement.kind === 'same' ? duplicateOf(document, placement.existing) : null;
      let choice: DuplicateChoice | null = null;
      if (duplicate !== null) {
        this.setStatus(key, { kind: 'asking' });
        choice = await this.ask({ fileKey: key, fileName: file.name, ...duplicate.question });
        if (isCancelled()) return null;
        if (choice === 'skip') return { kind: 'skipped' };
      }
      this.setStatus(key, { kind: 'saving' });
      return await this.save(document, file.bytes, choice === 'replace' ? duplicate : null, choice === 'keep-both');
    } catch (error) {
      const failure: ImportFailure =
        error instanceof NoteWriteError ? { kind: 'save', error: error.kind, detail: error.message } : { kind: 'error', detail: messageOf(error) };
      return { kind: 'failed', failure };
    }
  }

  /**
   * The documents of the library to place `document` among: those it shows, and the stored copy
   * of the same document when the library does not show it yet (the database is the record of
   * what was imported; the library catches up a moment after a save).
   */
  private async libraryEntries(document: LibraryDocument): Promise<LibraryEntry[]> {
    const entries = [...(await this.dependencies.libraryEntries())];
    const stored = await this.dependencies.documents.findSame(sameDocumentKey(document.report.meta));
    if (stored !== undefined && !entries.some((entry) => entry.meta.id === stored.report.meta.id && entry.origin === 'imported')) {
      entries.push(libraryEntryOf(stored.report, 'imported', stored.addedAt));
    }
    return entries;
  }

  private ask(question: DuplicateQuestion): Promise<DuplicateChoice> {
    return new Promise((resolve) => {
      this.answer = (choice) => {
        this.answer = null;
        this.update({ question: null });
        // A bundled document is never replaced, whatever a stale button says.
        resolve(choice === 'replace' && !question.canReplace ? 'skip' : choice);
      };
      this.update({ question });
    });
  }

  /** An id for `document` that no stored or shown document has (but `replacingId`, whose place it takes). */
  private async freeIdFor(document: LibraryDocument, replacingId?: string): Promise<string> {
    const taken = await this.dependencies.documents.takenIds();
    for (const entry of await this.dependencies.libraryEntries()) taken.add(entry.meta.id);
    if (replacingId !== undefined) taken.delete(replacingId);
    return freeReportId(document.report.meta.id, taken);
  }

  /**
   * Stores a later revision beside `previous`, the revision current until now, with the notes
   * that land exactly carried to it in the same transaction, from `previous` and from the
   * revisions before it (`earlier`, oldest first, `previous` last: notes still waiting for review
   * there); the others stay where they are for review. The comparison with `previous` is made
   * before the transaction, so that the write holds the database only for re-anchoring the
   * notes; an older revision is compared inside it only when notes wait on it.
   */
  private async saveRevision(document: LibraryDocument, original: Uint8Array, previous: LibraryEntry, earlier: readonly LibraryEntry[]): Promise<ImportFileStatus> {
    const { documents, actions, loadReport } = this.dependencies;
    // The comparison code (with the diff library) is loaded when a revision is first imported,
    // not at start-up; and before the transaction, which must not wait on anything but the database.
    const [{ diffRevisions }, { carryOnImport }] = await Promise.all([import('../../core/revisions/diffRevisions'), import('../../core/revisions/carryOnImport')]);
    const before = await loadReport(previous.meta.id);
    const reports = await Promise.all(earlier.map((entry) => (entry === previous ? before : loadReport(entry.meta.id))));
    const stored = withReportId(document, await this.freeIdFor(document));
    const after = stored.report;
    const diff = diffRevisions({ units: before.units, language: before.meta.language }, { units: after.units, language: after.meta.language });
    const sources = reports.map((report) => ({ before: report, oldRevision: revisionLabel(report.meta), ...(report === before ? { diff } : {}) }));
    const outcome = await documents.addRevision(stored, original, {
      fromReportIds: reports.map((report) => report.meta.id),
      carry: (notes) => carryOnImport({ notes, sources, after }),
    });
    await actions.addDocuments([stored]);
    return {
      kind: 'added-revision',
      reportId: after.meta.id,
      title: after.meta.title,
      revision: revisionLabel(after.meta),
      previousId: before.meta.id,
      previousRevision: revisionLabel(before.meta),
      carried: outcome.carried.length,
      toReview: outcome.toReview,
      reviewRevisions: outcome.reviewRevisions,
    };
  }

  /**
   * Stores the document under an id no other document has (keep both, or a different document
   * whose id happens to be taken), or in the place of `replacing`; then the library shows it.
   */
  private async save(document: LibraryDocument, original: Uint8Array, replacing: Duplicate | null, isKeptBoth: boolean): Promise<ImportFileStatus> {
    const { documents, actions } = this.dependencies;
    const stored = withReportId(document, await this.freeIdFor(document, replacing?.reportId));
    const { id, title } = stored.report.meta;
    if (replacing === null) {
      await documents.addDocument(stored, original);
      await actions.addDocuments([stored]);
      return { kind: isKeptBoth ? 'kept-both' : 'added', reportId: id, title };
    }
    await documents.replaceDocument(replacing.reportId, stored, original);
    if (replacing.reportId !== id) await actions.removeDocuments([replacing.reportId]);
    await actions.addDocuments([stored]);
    return { kind: 'replaced', reportId: id, title };
  }
}
