/** A fresh fake-indexeddb database per test, a deterministic clock, and a snapshot helper. */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import type { Clock } from '../../renderer/src/db/clock';
import { KbDatabase, type KbDatabaseOptions } from '../../renderer/src/db/kbDatabase';
import { at, testUuid } from '../core/notes/noteFixtures';

const opened: Dexie[] = [];
const names: string[] = [];
let counter = 0;

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A database name no other test uses (fake-indexeddb is one global store per process). */
export function freshDatabaseName(): string {
  const name = `kb-test-${++counter}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}

/** Opens (lazily, as Dexie does) a KbDatabase on `name`; closed and deleted after the test. */
export function openDatabase(name: string = freshDatabaseName(), options: KbDatabaseOptions = {}): KbDatabase {
  const db = new KbDatabase(name, options);
  opened.push(db);
  return db;
}

/** Registers a plain Dexie instance for closing after the test. */
export function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

/** A clock whose times advance a minute per call and whose ids count from `firstId`. */
export function steppingClock(firstId = 100, firstMinute = 100): Clock {
  let id = firstId;
  let minute = firstMinute;
  return { now: () => at(minute++), newId: () => testUuid(id++) };
}

/** Every row of every table, to show that something changed nothing. */
export async function snapshot(db: KbDatabase): Promise<unknown> {
  return {
    notes: await db.notes.toArray(),
    links: await db.links.toArray(),
    meta: await db.meta.toArray(),
    settings: await db.settings.toArray(),
    documents: await db.documents.toArray(),
    originals: await db.originals.toArray(),
  };
}
