/**
 * The entities of the loaded corpus, computed once per corpus in the renderer: extraction,
 * look-ups and activity rows. Memoised on the reports array, which the knowledge base never
 * replaces, so every view and every paragraph chip share one computation. On the bundled corpus
 * this takes a few milliseconds; the time is recorded as a performance measure
 * (`kb:entities`) so a large corpus that makes it noticeable on the main thread shows up.
 */
import { buildActivities, buildEntityIndex, extractEntities, type ActivityRow, type EntityIndex } from '../../core/entities';
import type { Report } from '../../core/report/types';
import type { ActivityEntry } from './activityTable';

export interface CorpusEntityData {
  readonly index: EntityIndex;
  readonly activities: readonly ActivityEntry[];
  readonly activityByUnit: ReadonlyMap<string, ActivityRow>;
  readonly unitText: ReadonlyMap<string, string>;
}

const cache = new WeakMap<readonly Report[], CorpusEntityData>();

/** The entity data of a corpus, computed on first use. */
export function corpusEntityData(reports: readonly Report[]): CorpusEntityData {
  const cached = cache.get(reports);
  if (cached !== undefined) return cached;
  const startedAt = performance.now();
  const units = reports.flatMap((report) => report.units);
  const index = buildEntityIndex(extractEntities(reports), units.map((unit) => unit.id));
  const unitText = new Map(units.map((unit) => [unit.id, unit.text]));
  const rows = buildActivities(reports, index);
  const activities = rows.map((row, order): ActivityEntry => ({ row, text: unitText.get(row.unitId) ?? '', order }));
  const data: CorpusEntityData = {
    index,
    activities,
    activityByUnit: new Map(rows.map((row) => [row.unitId, row])),
    unitText,
  };
  performance.measure('kb:entities', { start: startedAt, end: performance.now() });
  cache.set(reports, data);
  return data;
}
