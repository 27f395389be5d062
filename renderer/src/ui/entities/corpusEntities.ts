/**
 * The entities of the loaded corpus, computed once per corpus in the renderer: look-ups and
 * activity rows over the entities the build extracted (entities.json; reports enter the corpus
 * through the build, so every report has them). Memoised on the reports array, which the
 * knowledge base never replaces, so every view and every paragraph chip share one computation.
 * The extraction code itself stays out of the app's start-up bundle. The time is recorded as a
 * performance measure (`kb:entities`) so a large corpus that makes it noticeable shows up.
 */
import { buildUnitRows, isActivityUnit } from '../../core/entities/activities';
import { buildEntityIndex, type EntityIndex } from '../../core/entities/entityIndex';
import type { ActivityRow, CorpusEntities } from '../../core/entities/types';
import { documentLabel, type DocumentLabel } from '../../core/report/documentLabel';
import type { Report } from '../../core/report/types';
import type { ActivityEntry } from './activityTable';

export interface CorpusEntityData {
  readonly index: EntityIndex;
  /** The rows of the units that can report an activity (the activities table and the timeline). */
  readonly activities: readonly ActivityEntry[];
  /** Every unit's row, headings and header lines included (search facets, related paragraphs). */
  readonly activityByUnit: ReadonlyMap<string, ActivityRow>;
  /** The units that can report an activity: also the only ones listed as related paragraphs. */
  readonly activityUnitIds: ReadonlySet<string>;
  readonly unitText: ReadonlyMap<string, string>;
  /** Each report's language, by report id (the search's language facet). */
  readonly reportLanguage: ReadonlyMap<string, string>;
  /** Each report's name among the others (its symbol with language letter, or its title), by report id. */
  readonly reportLabel: ReadonlyMap<string, DocumentLabel>;
}

const cache = new WeakMap<readonly Report[], CorpusEntityData>();
const prebuilt = new WeakMap<readonly Report[], CorpusEntities>();

/** Pairs a corpus with the entities the build extracted from it, so the renderer does not extract again. */
export function providePrebuiltEntities(reports: readonly Report[], entities: CorpusEntities): void {
  prebuilt.set(reports, entities);
}

/** The entity data of a corpus, computed on first use. */
export function corpusEntityData(reports: readonly Report[]): CorpusEntityData {
  const cached = cache.get(reports);
  if (cached !== undefined) return cached;
  const startedAt = performance.now();
  const units = reports.flatMap((report) => report.units);
  const extracted = prebuilt.get(reports);
  if (extracted === undefined) throw new Error('The corpus was loaded without its entities (entities.json).');
  const index = buildEntityIndex(extracted, units.map((unit) => unit.id));
  const unitText = new Map(units.map((unit) => [unit.id, unit.text]));
  const rows = buildUnitRows(reports, index);
  const activityUnitIds = new Set(units.filter(isActivityUnit).map((unit) => unit.id));
  const activities = rows
    .filter((row) => activityUnitIds.has(row.unitId))
    .map((row, order): ActivityEntry => ({ row, text: unitText.get(row.unitId) ?? '', order }));
  const data: CorpusEntityData = {
    index,
    activities,
    activityByUnit: new Map(rows.map((row) => [row.unitId, row])),
    activityUnitIds,
    unitText,
    reportLanguage: new Map(reports.map((report) => [report.meta.id, report.meta.language])),
    reportLabel: new Map(reports.map((report) => [report.meta.id, documentLabel(report.meta)])),
  };
  performance.measure('kb:entities', { start: startedAt, end: performance.now() });
  cache.set(reports, data);
  return data;
}
