/**
 * Reading unit ids back: `<reportId>:<number>` (core/report/unitId.ts). Report ids are
 * lower-case letters, digits and dashes (build/corpusSources.ts checks the manifest); numbers
 * are "title", "summary.1", "4", "4.3". Anything else, a web address included, is not a unit.
 */

const UNIT_ID = /^([a-z0-9][a-z0-9-]*):([A-Za-z0-9][A-Za-z0-9._-]*)$/u;

/** The report id and number of a unit id, or undefined when `unitId` is not of that form. */
export function splitUnitId(unitId: string): { readonly reportId: string; readonly number: string } | undefined {
  const match = UNIT_ID.exec(unitId);
  if (match === null) return undefined;
  const [, reportId, number] = match;
  return reportId === undefined || number === undefined ? undefined : { reportId, number };
}
