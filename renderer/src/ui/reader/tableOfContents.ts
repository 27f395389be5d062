/** The table of contents of a report: its section headings, numbered or not, in order. */
import type { Unit } from '../../core/report/types';

export interface TocEntry {
  /** The unit number to link to ("4", "h.2", or "summary.1" for the summary). */
  readonly unit: string;
  /** The section number shown ("4"), or null for the summary and for a heading printed without a number. */
  readonly section: string | null;
  /** The heading text, or null for the summary (the UI names it in its own language). */
  readonly heading: string | null;
  /** Where the entry's unit stands among the report's units. */
  readonly position: number;
}

/** Entries for the summary (when there is one) and each section heading and unnumbered heading, in document order. */
export function tableOfContents(units: readonly Unit[]): TocEntry[] {
  const entries: TocEntry[] = [];
  const firstSummary = units.findIndex((unit) => unit.kind === 'summary');
  units.forEach((unit, position) => {
    if (position === firstSummary) entries.push({ unit: unit.number, section: null, heading: null, position });
    else if (unit.kind === 'section') entries.push({ unit: unit.number, section: unit.section ?? unit.number, heading: unit.text, position });
    else if (unit.kind === 'heading') entries.push({ unit: unit.number, section: null, heading: unit.text, position });
  });
  return entries;
}

/**
 * The TOC entry a unit falls under: the last one at or before it in document order, so that text
 * under an unnumbered heading is under that heading though its section number is the one above.
 */
export function tocEntryOf(entries: readonly TocEntry[], units: readonly Unit[], unit: Unit): TocEntry | undefined {
  const position = units.indexOf(unit);
  let found: TocEntry | undefined;
  for (const entry of entries) {
    if (entry.position > position) break;
    found = entry;
  }
  return position === -1 ? undefined : found;
}
