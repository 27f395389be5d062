/**
 * The one Dexie database of the app: the delegate's notes, links, settings, imported documents
 * and the meta table. Every repository, live query and backup goes through an instance of this
 * class; the app makes one (`appDatabase()`), tests make one per test with a fresh name.
 */
import { Dexie, type Table } from 'dexie';
import type { Link, Note } from '../core/notes/types';
import { installConnectionLossGuard, type ConnectionLoss } from './connectionLoss';
import type { DocumentRow, OriginalFileRow } from './documentsRepository';
import type { SettingRow } from './settingsRepository';
import { installDataVersionGuard, type DataVersionStatus, type MetaRow } from './schemaVersion';
import { defineSchema, latestVersion, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

/** The IndexedDB database name the app uses. */
export const APP_DATABASE_NAME = 'itu-council-kb';

/** Options for tests and tools; the app uses the defaults. */
export interface KbDatabaseOptions {
  /** The schema versions to declare (tests add a future version to exercise migrations). */
  readonly schema?: readonly SchemaVersion[];
  /** The IndexedDB implementation (Node tools pass fake-indexeddb's); the global one by default. */
  readonly indexedDB?: { readonly indexedDB: IDBFactory; readonly IDBKeyRange: typeof IDBKeyRange };
}

/** The app's IndexedDB database: tables notes, links, meta, settings, documents and originals. */
export class KbDatabase extends Dexie {
  declare readonly notes: Table<Note, string>;
  declare readonly links: Table<Link, string>;
  declare readonly meta: Table<MetaRow, string>;
  declare readonly settings: Table<SettingRow, string>;
  declare readonly documents: Table<DocumentRow, string>;
  declare readonly originals: Table<OriginalFileRow, string>;
  /** The highest data version this code understands. */
  readonly supportedDataVersion: number;
  private readonly currentStatus: () => DataVersionStatus | undefined;
  /** Why the connection was lost for good (database deleted or closed by the browser), if it was. */
  readonly connectionLoss: () => ConnectionLoss | undefined;

  constructor(name: string = APP_DATABASE_NAME, options: KbDatabaseOptions = {}) {
    // Chromium relaxed IndexedDB's default durability in version 121: a transaction may report
    // completion before its data reaches the disk. A note counts as saved only when its commit
    // is durable, so every transaction of this database asks for 'strict'
    // (Dexie docs, "Dexie constructor options"; IDBTransaction.durability).
    super(name, { chromeTransactionDurability: 'strict', ...options.indexedDB });
    const schema = options.schema ?? SCHEMA_VERSIONS;
    defineSchema(this, schema);
    this.supportedDataVersion = latestVersion(schema);
    this.currentStatus = installDataVersionGuard(this, this.supportedDataVersion);
    this.connectionLoss = installConnectionLossGuard(this);
  }

  /** Opens the database if needed and tells whether its data is newer than this app (read-only). */
  async dataVersionStatus(): Promise<DataVersionStatus> {
    await this.open();
    const status = this.currentStatus();
    if (status === undefined) throw new Error('dataVersionStatus: the database opened without running its version check');
    return status;
  }
}

let appInstance: KbDatabase | undefined;

/** The app's single database instance, created on first use. */
export function appDatabase(): KbDatabase {
  appInstance ??= new KbDatabase();
  return appInstance;
}
