/**
 * Search hits grouped for display: by document, then by section, each group placed where its
 * best hit ranks. A document's language versions are one document (core/versions), and the
 * same paragraph found in several versions is one entry, shown in the version that ranks best,
 * with the others listed on it: six versions of one hit are not six results. Arrow keys walk
 * the entries in the order they are shown, so the grouping also gives each its position.
 */
import type { SearchHit } from '../../core/search/types';

export interface HitEntry {
  readonly hit: SearchHit;
  readonly position: number;
  /** The same paragraph found in the document's other language versions, best first. */
  readonly otherVersions: readonly SearchHit[];
}

export interface SectionGroup {
  /** The report of the group's first entry (its section heading is read there). */
  readonly reportId: string;
  /** The unit's section number ("4"), or null for the title and summary. */
  readonly section: string | null;
  readonly hits: readonly HitEntry[];
}

export interface ReportGroup {
  /** The report of the group's best hit. */
  readonly reportId: string;
  readonly sections: readonly SectionGroup[];
}

export interface GroupedHits {
  readonly reports: readonly ReportGroup[];
  /** The entries' hits in display order: `ordered[position]`. */
  readonly ordered: readonly SearchHit[];
}

/**
 * Groups ranked hits by document and section, keeping rank order between and inside groups.
 * `familyOf` names the document a report is a version of (versionFamilyKey); by default each
 * report is its own document.
 */
export function groupHits(hits: readonly SearchHit[], familyOf: (reportId: string) => string = (reportId) => reportId): GroupedHits {
  // Maps iterate in insertion order, i.e. in the rank order of each group's first hit.
  const families = new Map<string, Map<string | null, Map<string, SearchHit[]>>>();
  for (const hit of hits) {
    const family = familyOf(hit.unit.reportId);
    let sections = families.get(family);
    if (!sections) {
      sections = new Map();
      families.set(family, sections);
    }
    const section = hit.unit.section ?? null;
    let numbers = sections.get(section);
    if (!numbers) {
      numbers = new Map();
      sections.set(section, numbers);
    }
    const versions = numbers.get(hit.unit.number);
    if (versions) versions.push(hit);
    else numbers.set(hit.unit.number, [hit]);
  }
  const ordered: SearchHit[] = [];
  const grouped: ReportGroup[] = [];
  for (const sections of families.values()) {
    const sectionGroups: SectionGroup[] = [];
    for (const [section, numbers] of sections) {
      const entries = [...numbers.values()].map(([hit, ...otherVersions]): HitEntry => ({ hit: hit!, position: ordered.push(hit!) - 1, otherVersions }));
      sectionGroups.push({ reportId: entries[0]!.hit.unit.reportId, section, hits: entries });
    }
    grouped.push({ reportId: sectionGroups[0]!.reportId, sections: sectionGroups });
  }
  return { reports: grouped, ordered };
}
