/**
 * The activities table: one row per unit with the dates, places and partner organisations it
 * mentions and the section (the pillar of the Global Cybersecurity Agenda, in a Resolution 130
 * report) it falls under. ITU itself is left out of the organisations: it is the actor of every
 * activity a council report describes, so it would only add noise to each row. Places and
 * organisations inside a resolution's revision note are not counted (see revisionNotes.ts).
 * Each row says what the activity is (its paragraph's lead clause), and a date the paragraph
 * aims at ("将在2017年底之前公开发布") is listed as a target, not as a date of the activity
 * (activityDescription.ts).
 */
import type { Report, Unit, UnitKind } from '../report/types';
import { isPlannedDate, leadClause } from './activityDescription';
import type { EntityIndex } from './entityIndex';
import { REPORTING_ORGANISATION_ID } from './organisationCatalog';
import { isInRevisionNote } from './revisionNotes';
import { foldWidth } from './textScan';
import type { ActivityRow, DateRange, EntityRef } from './types';

function refsOf(index: EntityIndex, unitId: string, isWanted: (ref: EntityRef) => boolean, isCounted: (start: number, end: number) => boolean): EntityRef[] {
  const refs = new Map<string, EntityRef>();
  for (const { entityId, mention } of index.mentionsByUnit.get(unitId) ?? []) {
    const entity = index.entityById.get(entityId);
    if (entity === undefined || refs.has(entityId) || !isCounted(mention.start, mention.end)) continue;
    const ref: EntityRef = {
      id: entityId,
      kind: entity.kind,
      name: entity.names[0] ?? entityId,
      ...(entity.region === undefined ? {} : { region: entity.region }),
    };
    if (isWanted(ref)) refs.set(entityId, ref);
  }
  return [...refs.values()];
}

/**
 * The units that can report an activity: the summary, paragraphs, tables and a resolution's
 * clauses. Not the title, headings, annex headings or footnotes, and not the header block, the
 * action required or the references: "Geneva, 9-19 June 2026" there is the meeting the document
 * is for, and "Resolution 130 (Busan, 2014)" a text it cites, not something that was done.
 */
const activityKinds: ReadonlySet<UnitKind> = new Set<UnitKind>(['summary', 'paragraph', 'table', 'preamble', 'operative']);

/** Whether a unit can report an activity (activityKinds). */
export function isActivityUnit(unit: Unit): boolean {
  return activityKinds.has(unit.kind);
}

/** One activity row per unit of each report that can report one (isActivityUnit), in document order. */
export function buildActivities(reports: readonly Report[], index: EntityIndex): ActivityRow[] {
  return buildUnitRows(reports, index, isActivityUnit);
}

/**
 * The same row for every unit (or those `isWanted`), in document order: what search facets and
 * related paragraphs read of any unit, a heading or the header block included.
 */
export function buildUnitRows(reports: readonly Report[], index: EntityIndex, isWanted: (unit: Unit) => boolean = () => true): ActivityRow[] {
  const rows: ActivityRow[] = [];
  for (const report of reports) {
    const headings = new Map(report.units.filter((unit) => unit.kind === 'section').map((unit) => [unit.number, unit.text]));
    for (const unit of report.units) {
      if (!isWanted(unit)) continue;
      const dates: DateRange[] = [];
      const targetDates: DateRange[] = [];
      const seen = new Set<string>();
      for (const { start, end, precision, mention } of index.datesByUnit.get(unit.id) ?? []) {
        const isTarget = isPlannedDate(unit.text, mention.start, mention.end);
        const key = `${start}/${end}/${precision}/${isTarget}`;
        if (seen.has(key)) continue;
        seen.add(key);
        (isTarget ? targetDates : dates).push({ start, end, precision });
      }
      const folded = foldWidth(unit.text);
      // `（2014年，釜山，修订版）` cites where a resolution was revised, not where this activity happened.
      const isCounted = (start: number, end: number): boolean => !isInRevisionNote(folded, start, end);
      const title = unit.section === undefined ? undefined : headings.get(unit.section);
      rows.push({
        reportId: report.meta.id,
        unitId: unit.id,
        unitNumber: unit.number,
        ...(unit.section !== undefined && title !== undefined ? { section: { number: unit.section, title } } : {}),
        description: unit.kind === 'paragraph' || unit.kind === 'summary' ? leadClause(unit.text) : '',
        dates,
        targetDates,
        places: refsOf(index, unit.id, (ref) => ref.kind === 'region' || ref.kind === 'country' || ref.kind === 'city', isCounted),
        organisations: refsOf(index, unit.id, (ref) => ref.kind === 'organisation' && ref.id !== REPORTING_ORGANISATION_ID, isCounted),
      });
    }
  }
  return rows;
}

/** The years a row's dates touch, ascending. */
export function yearsOf(row: ActivityRow): string[] {
  const years = new Set<string>();
  for (const range of row.dates) {
    const first = Number(range.start.slice(0, 4));
    const last = Number(range.end.slice(0, 4));
    for (let year = first; year <= last; year++) years.add(String(year));
  }
  return [...years].sort();
}
