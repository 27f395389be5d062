/**
 * The app's own data version, stored in the meta table, and the read-only mode that protects
 * data written by a newer app. Dexie 4 opens a database whose IndexedDB version is higher than
 * the app declares without any error (no VersionError), and an older app would then write
 * rows that lack the newer fields. So on every open the stored version is compared with the
 * app's; when it is newer, a DBCore middleware refuses every write with NewerDataError,
 * while reads go on working.
 */
import type { Dexie, Table } from 'dexie';

/** A row of the meta table. */
export interface MetaRow {
  readonly key: string;
  readonly value: number | string;
}

/** The meta key under which the data version is stored. */
export const DATA_VERSION_KEY = 'dataVersion';

/** Thrown for any write to data written by a newer version of the app. */
export class NewerDataError extends Error {
  override readonly name = 'NewerDataError';

  constructor(
    readonly storedVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `These notes were written by a newer version of the app (data version ${storedVersion}, this app understands up to ${supportedVersion}). Update the app to edit them; nothing has been changed.`,
    );
  }
}

/** What the open database holds compared with what this app understands. */
export interface DataVersionStatus {
  readonly storedVersion: number;
  readonly supportedVersion: number;
  /** True when the data is newer than the app: reads work, every write is refused. */
  readonly isReadOnly: boolean;
}

/** Stores `version` as the data version unless a higher one is stored already. */
export async function recordDataVersion(meta: Table<MetaRow, string>, version: number): Promise<void> {
  const stored = await meta.get(DATA_VERSION_KEY);
  if (typeof stored?.value === 'number' && stored.value >= version) return;
  await meta.put({ key: DATA_VERSION_KEY, value: version });
}

/** The data version stored in the meta table, or undefined if there is none. */
export async function readDataVersion(meta: Table<MetaRow, string>): Promise<number | undefined> {
  const row = await meta.get(DATA_VERSION_KEY);
  return typeof row?.value === 'number' ? row.value : undefined;
}

/**
 * Checks the stored data version each time `db` opens (Dexie reopens after another window's
 * upgrade, so this runs again then) and refuses writes while it is newer than `supported`.
 * Returns a function that tells the current status (undefined until the first open).
 */
export function installDataVersionGuard(db: Dexie, supported: number): () => DataVersionStatus | undefined {
  let status: DataVersionStatus | undefined;
  db.use({
    stack: 'dbcore',
    name: 'dataVersionGuard',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (request) =>
            status?.isReadOnly === true
              ? Promise.reject(new NewerDataError(status.storedVersion, status.supportedVersion))
              : table.mutate(request),
        };
      },
    }),
  });
  db.on(
    'ready',
    async (vipDb) => {
      const meta: Table<MetaRow, string> = vipDb.table('meta');
      status = undefined;
      const stored = await readDataVersion(meta);
      if (stored === undefined) await recordDataVersion(meta, supported);
      const storedVersion = stored ?? supported;
      status = { storedVersion, supportedVersion: supported, isReadOnly: storedVersion > supported };
    },
    true,
  );
  return () => status;
}
