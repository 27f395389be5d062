/**
 * Search hits grouped for display: by report, then by section, each group placed where its
 * best hit ranks. Arrow keys walk the hits in the order they are shown, so the grouping also
 * gives each hit its position in that order.
 */
import type { SearchHit } from '../../core/search/types';

export interface SectionGroup {
  readonly reportId: string;
  /** The unit's section number ("4"), or null for the title and summary. */
  readonly section: string | null;
  readonly hits: ReadonlyArray<{ readonly hit: SearchHit; readonly position: number }>;
}

export interface ReportGroup {
  readonly reportId: string;
  readonly sections: readonly SectionGroup[];
}

export interface GroupedHits {
  readonly reports: readonly ReportGroup[];
  /** The hits in display order: `ordered[position]`. */
  readonly ordered: readonly SearchHit[];
}

/** Groups ranked hits by report and section, keeping rank order between and inside groups. */
export function groupHits(hits: readonly SearchHit[]): GroupedHits {
  const reports = new Map<string, Map<string | null, SearchHit[]>>();
  for (const hit of hits) {
    let sections = reports.get(hit.unit.reportId);
    if (!sections) {
      sections = new Map();
      reports.set(hit.unit.reportId, sections);
    }
    const section = hit.unit.section ?? null;
    const list = sections.get(section);
    if (list) list.push(hit);
    else sections.set(section, [hit]);
  }
  const ordered: SearchHit[] = [];
  const grouped: ReportGroup[] = [];
  // Maps iterate in insertion order, i.e. in the rank order of each group's first hit.
  for (const [reportId, sections] of reports) {
    const sectionGroups: SectionGroup[] = [];
    for (const [section, list] of sections) {
      sectionGroups.push({
        reportId,
        section,
        hits: list.map((hit) => ({ hit, position: ordered.push(hit) - 1 })),
      });
    }
    grouped.push({ reportId, sections: sectionGroups });
  }
  return { reports: grouped, ordered };
}
