/** The table of contents of a report: its section headings, in order. */
import type { Unit } from '../../core/report/types';

export interface TocEntry {
  /** The unit number to link to ("4", or "summary.1" for the summary). */
  readonly unit: string;
  /** The section number shown ("4"), or null for the summary. */
  readonly section: string | null;
  /** The heading text, or null for the summary (the UI names it in its own language). */
  readonly heading: string | null;
}

/** Entries for the summary (when there is one) and each section heading, in document order. */
export function tableOfContents(units: readonly Unit[]): TocEntry[] {
  const entries: TocEntry[] = [];
  const firstSummary = units.find((unit) => unit.kind === 'summary');
  if (firstSummary) entries.push({ unit: firstSummary.number, section: null, heading: null });
  for (const unit of units) {
    if (unit.kind === 'section') entries.push({ unit: unit.number, section: unit.section ?? unit.number, heading: unit.text });
  }
  return entries;
}

/** The TOC entry a unit falls under: its section's entry, or the summary's. */
export function tocEntryOf(entries: readonly TocEntry[], unit: Unit): TocEntry | undefined {
  if (unit.section !== undefined) return entries.find((entry) => entry.section === unit.section);
  return unit.kind === 'summary' ? entries.find((entry) => entry.section === null) : undefined;
}
