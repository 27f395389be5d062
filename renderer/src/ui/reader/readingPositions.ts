/**
 * Where the reader was in each report, kept in localStorage: UI state, not data worth a
 * database. A damaged or foreign value is ignored, never thrown on.
 */

/** The subset of the Web Storage API used here, so tests can pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const storageKey = 'kb.readingPositions.v1';

function readAll(storage: KeyValueStorage): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

/** The unit last read in each report (report id → unit number). */
export function readingPositions(storage: KeyValueStorage): ReadonlyMap<string, string> {
  return new Map(Object.entries(readAll(storage)));
}

/** The unit last read in a report, if any. */
export function readingPosition(storage: KeyValueStorage, reportId: string): string | undefined {
  const all = readAll(storage);
  return Object.hasOwn(all, reportId) ? all[reportId] : undefined;
}

/** Remembers the unit last read in a report; a full or unavailable storage is not an error. */
export function rememberReadingPosition(storage: KeyValueStorage, reportId: string, unit: string): void {
  const all = readAll(storage);
  if (all[reportId] === unit) return;
  all[reportId] = unit;
  try {
    storage.setItem(storageKey, JSON.stringify(all));
  } catch {
    // Quota exceeded or storage disabled: the position is a convenience, losing it is fine.
  }
}
