/** A report's units arranged for reading: title, summary, then sections with their paragraphs. */
import type { Unit } from '../../core/report/types';

export interface OutlineSection {
  /** The section's heading unit (a numbered section or an unnumbered heading), or null for paragraphs that come before any heading. */
  readonly heading: Unit | null;
  readonly paragraphs: readonly Unit[];
}

export interface ReportOutline {
  readonly title: Unit | undefined;
  readonly summary: readonly Unit[];
  readonly sections: readonly OutlineSection[];
}

/** Arranges units, in document order, under the section heading that precedes them. */
export function reportOutline(units: readonly Unit[]): ReportOutline {
  let title: Unit | undefined;
  const summary: Unit[] = [];
  const sections: Array<{ heading: Unit | null; paragraphs: Unit[] }> = [];
  for (const unit of units) {
    if (unit.kind === 'title') title ??= unit;
    else if (unit.kind === 'summary') summary.push(unit);
    // A heading printed without a number heads what follows as a numbered section's heading does.
    else if (unit.kind === 'section' || unit.kind === 'heading') sections.push({ heading: unit, paragraphs: [] });
    else {
      const current = sections[sections.length - 1];
      if (current) current.paragraphs.push(unit);
      else sections.push({ heading: null, paragraphs: [unit] });
    }
  }
  return { title, summary, sections };
}

/** The DOM id of a unit's element in the reader (the URL hash holds the route, not an anchor). */
export function unitElementId(unitNumber: string): string {
  return `unit-${unitNumber}`;
}
