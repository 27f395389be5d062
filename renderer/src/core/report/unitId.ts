/** The stable id of a unit: `<reportId>:<number>`, e.g. "c17-res130-zh:4.3". Notes and links store it. */
export function unitId(reportId: string, number: string): string {
  return `${reportId}:${number}`;
}
