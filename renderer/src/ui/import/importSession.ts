/**
 * One import as the delegate follows it: the files in the order given, each read in the import
 * worker, asked about when the library already holds the same document (replace, keep both or
 * skip), then saved (document and original file in one transaction: all or nothing per file)
 * and handed to the knowledge base. A file that fails is listed with its reason and the others
 * still go in; cancel stops the file being read and drops the ones waiting, and a file being
 * saved is saved whole. Outside React, so the queue outlives re-renders; the UI reads it with
 * useSyncExternalStore (useDocumentImport).
 */
import type { RefusedDocumentFile } from '../../bridge/documentFiles';
import type { OpenedDocumentFile } from '../../bridge/kbBridge';
import { freeReportId, withReportId } from '../../core/library/keepBoth';
import { sameDocumentKey, type DocumentOrigin, type LibraryDocument } from '../../core/library/libraryDocument';
import type { LibraryEntry } from '../../core/library/libraryFiles';
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
  | { readonly kind: 'skipped' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly failure: ImportFailure };

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
  readonly documents: Pick<DocumentsRepository, 'addDocument' | 'replaceDocument' | 'findSame' | 'takenIds'>;
  readonly actions: KnowledgeBaseActions;
  /** The documents the library shows, bundled ones included (once the library has loaded: a drop may come first). */
  readonly libraryEntries: () => readonly LibraryEntry[] | Promise<readonly LibraryEntry[]>;
  /** ISO 8601 time now. */
  readonly now: () => string;
}

const finalKinds: ReadonlySet<ImportFileStatus['kind']> = new Set(['added', 'replaced', 'kept-both', 'skipped', 'cancelled', 'failed']);

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
      const duplicate = await this.findDuplicate(document);
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

  /** The document of the library that is the same document (symbol, language, revision), if any. */
  private async findDuplicate(document: LibraryDocument): Promise<Duplicate | null> {
    const key = sameDocumentKey(document.report.meta);
    const title = document.report.meta.title;
    const imported = await this.dependencies.documents.findSame(key);
    if (imported !== undefined) {
      const existing = { title: imported.report.meta.title, origin: imported.origin, ...(imported.addedAt === undefined ? {} : { addedAt: imported.addedAt }) };
      return { reportId: imported.report.meta.id, question: { title, existing, canReplace: true } };
    }
    const bundled = (await this.dependencies.libraryEntries()).find((entry) => entry.origin === 'bundled' && sameDocumentKey(entry.meta) === key);
    if (bundled === undefined) return null;
    return { reportId: bundled.meta.id, question: { title, existing: { title: bundled.meta.title, origin: 'bundled' }, canReplace: false } };
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

  /**
   * Stores the document under an id no other document has (keep both, or a different document
   * whose id happens to be taken), or in the place of `replacing`; then the library shows it.
   */
  private async save(document: LibraryDocument, original: Uint8Array, replacing: Duplicate | null, isKeptBoth: boolean): Promise<ImportFileStatus> {
    const { documents, actions, libraryEntries } = this.dependencies;
    const taken = await documents.takenIds();
    for (const entry of await libraryEntries()) taken.add(entry.meta.id);
    if (replacing !== null) taken.delete(replacing.reportId);
    const stored = withReportId(document, freeReportId(document.report.meta.id, taken));
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
