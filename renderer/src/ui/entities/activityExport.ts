/** The activities table as files: Markdown (GFM table) and CSV, with the columns the view shows. */
import { activityCells, type ActivityEntry } from './activityTable';
import { toMarkdownTable } from './activitiesMarkdown';
import { toCsv } from './csv';

/** Column headings in the UI language, in table order. */
export interface ActivityHeadings {
  readonly unit: string;
  readonly description: string;
  readonly section: string;
  readonly dates: string;
  readonly targetDates: string;
  readonly places: string;
  readonly organisations: string;
}

function table(entries: readonly ActivityEntry[], headings: ActivityHeadings, separator: string): { header: string[]; rows: string[][] } {
  const header = [headings.unit, headings.description, headings.section, headings.dates, headings.targetDates, headings.places, headings.organisations];
  const rows = entries.map(({ row }) => {
    const cells = activityCells(row, separator);
    return [cells.unit, cells.description, cells.section, cells.dates, cells.targetDates, cells.places, cells.organisations];
  });
  return { header, rows };
}

/** The rows as a Markdown table. */
export function activitiesToMarkdown(entries: readonly ActivityEntry[], headings: ActivityHeadings, separator: string): string {
  const { header, rows } = table(entries, headings, separator);
  return toMarkdownTable(header, rows);
}

/** The rows as CSV for spreadsheets. */
export function activitiesToCsv(entries: readonly ActivityEntry[], headings: ActivityHeadings, separator: string): string {
  const { header, rows } = table(entries, headings, separator);
  return toCsv(header, rows);
}
