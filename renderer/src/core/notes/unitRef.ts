/**
 * Reading unit ids back: `<reportId>:<number>` (core/report/unitId.ts). Numbers never hold a
 * colon ("title", "summary.1", "4", "4.3"), so the report id is everything before the last one.
 */

const UNIT_ID = /^(\S+):([^\s:]+)$/u;

/** The report id and number of a unit id, or undefined when `unitId` is not of that form. */
export function splitUnitId(unitId: string): { readonly reportId: string; readonly number: string } | undefined {
  const match = UNIT_ID.exec(unitId);
  if (match === null) return undefined;
  const [, reportId, number] = match;
  return reportId === undefined || number === undefined ? undefined : { reportId, number };
}
