/** The table of contents of a report: its section headings, numbered or not, and its annexes, in order. */
import type { Unit } from '../../core/report/types';
import { unitPlaceOf } from '../../core/report/unitPlace';
import { unitMarginLabel } from '../text/unitLabel';

export interface TocEntry {
  /** The unit number to link to ("4", "h.2", "annexD", or "summary.1" for the summary). */
  readonly unit: string;
  /**
   * The section number as printed ("4"; "1" for part2.1, "IV" for annexD.IV), or null for the summary,
   * an annex and a heading printed without a number.
   */
  readonly section: string | null;
  /** The heading text (an annex's first line, "Annex D Schedule"), or null for the summary (the UI names it in its own language). */
  readonly heading: string | null;
  /** True for a section of an annex, shown under its annex's entry. */
  readonly inAnnex: boolean;
  /** Where the entry's unit stands among the report's units. */
  readonly position: number;
}

/** Entries for the summary (when there is one), each section heading, unnumbered heading and annex heading, in document order. */
export function tableOfContents(units: readonly Unit[]): TocEntry[] {
  const entries: TocEntry[] = [];
  const firstSummary = units.findIndex((unit) => unit.kind === 'summary');
  units.forEach((unit, position) => {
    const place = unitPlaceOf(unit.number);
    const inAnnex = place.kind === 'annex';
    if (position === firstSummary) entries.push({ unit: unit.number, section: null, heading: null, inAnnex, position });
    else if (unit.kind === 'section') entries.push({ unit: unit.number, section: unitMarginLabel(unit.number), heading: unit.text, inAnnex, position });
    else if (unit.kind === 'heading') entries.push({ unit: unit.number, section: null, heading: unit.text, inAnnex, position });
    // The annex heading names itself ("Annex D Schedule"); the lines after its first list its contents.
    else if (unit.kind === 'annex' && place.kind === 'annex' && place.number === undefined) {
      entries.push({ unit: unit.number, section: null, heading: unit.text.split('\n')[0] ?? unit.text, inAnnex: false, position });
    }
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
