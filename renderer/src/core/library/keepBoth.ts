/**
 * "Keep both": a document already in the library arrives again (same symbol, language and
 * revision) and the delegate keeps the two. The newcomer needs an id of its own, because notes,
 * links and deep links are keyed by report id; this is the one way to choose it.
 */
import { unitId } from '../report/unitId';
import type { LibraryDocument } from './libraryDocument';

/** `reportId` if free, else `reportId-2`, `reportId-3`… the first one `taken` (every stored and bundled id) lacks. */
export function freeReportId(reportId: string, taken: ReadonlySet<string>): string {
  if (!taken.has(reportId)) return reportId;
  for (let copy = 2; ; copy++) {
    const candidate = `${reportId}-${copy}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The same document under another report id: its units' ids and its search segment's unit ids
 * follow (their numbers stay), so nothing is parsed or indexed again. Entities are packed by unit
 * position, not id, so they stay as they are.
 */
export function withReportId(document: LibraryDocument, reportId: string): LibraryDocument {
  const { report, segment } = document;
  const oldId = report.meta.id;
  if (oldId === reportId) return document;
  const renamed = new Map<string, string>();
  const units = report.units.map((unit) => {
    const id = unitId(reportId, unit.number);
    renamed.set(unit.id, id);
    return { ...unit, id, reportId };
  });
  return {
    ...document,
    report: { ...report, meta: { ...report.meta, id: reportId }, units },
    segment: { ...segment, unitIds: segment.unitIds.map((id) => renamed.get(id) ?? id) },
  };
}
