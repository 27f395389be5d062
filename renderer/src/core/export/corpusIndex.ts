/**
 * The corpus as the exporter looks things up: units by id, document order, section headings.
 * Built once per reports array (a live preview re-exports on every change of scope).
 */
import { unitOrderOf, type UnitOrder } from '../notes/noteFilters';
import { splitUnitId } from '../notes/unitRef';
import type { Report, Unit } from '../report/types';
import { unitId } from '../report/unitId';

/** Lookups over the corpus reports. */
export interface CorpusIndex {
  readonly reports: readonly Report[];
  readonly reportById: ReadonlyMap<string, Report>;
  readonly unitById: ReadonlyMap<string, Unit>;
  /** Position of each unit: reports in corpus order, units in document order. */
  readonly order: UnitOrder;
  /** Position of each report in the corpus. */
  readonly reportOrder: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<readonly Report[], CorpusIndex>();

/** The index of `reports`, cached for the same array. */
export function corpusIndex(reports: readonly Report[]): CorpusIndex {
  let index = indexes.get(reports);
  if (index === undefined) {
    const units = reports.flatMap((report) => report.units);
    index = {
      reports,
      reportById: new Map(reports.map((report) => [report.meta.id, report])),
      unitById: new Map(units.map((unit) => [unit.id, unit])),
      order: unitOrderOf(units),
      reportOrder: new Map(reports.map((report, position) => [report.meta.id, position])),
    };
    indexes.set(reports, index);
  }
  return index;
}

/** The heading text of a section: "4 法律措施" from its section unit, or undefined when it has none. */
export function sectionHeadingText(index: CorpusIndex, reportId: string, section: string): string | undefined {
  const unit = index.unitById.get(unitId(reportId, section));
  return unit?.kind === 'section' ? `${section} ${unit.text}` : undefined;
}

/**
 * How the briefing names a document to a delegation: its symbol (`C17/18`) when the source gives
 * one, else its title; the internal id only for a report the corpus does not have.
 */
export function documentName(index: CorpusIndex, reportId: string): string {
  const meta = index.reportById.get(reportId)?.meta;
  return meta?.symbol ?? meta?.title ?? reportId;
}

/** The printed number of a unit id ("4.3" of "c17-res130-zh:4.3"); the id itself when malformed. */
export function numberOfUnitId(id: string): string {
  return splitUnitId(id)?.number ?? id;
}
