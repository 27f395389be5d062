/**
 * Which notes a briefing holds and where: selected by scope, placed in the corpus, grouped by
 * report and section in document order, orphans apart. Apart from the Markdown writing so that
 * the notes panel can group notes by section without loading the Markdown libraries.
 */
import { documentOrderComparator } from '../notes/noteFilters';
import type { Note } from '../notes/types';
import type { Report, Unit } from '../report/types';
import type { BriefingStrings } from './briefingStrings';
import { corpusIndex, sectionHeadingText, type CorpusIndex } from './corpusIndex';
import { scopeMatcher } from './exportScope';
import type { ExportScope } from './types';

/** A note with where it stands in the corpus now. */
export interface PlacedNote {
  readonly note: Note;
  /** The unit the note is on; undefined for an orphan whose unit is gone. */
  readonly unit: Unit | undefined;
  readonly isOrphan: boolean;
}

/** Whether a note is an orphan: re-anchoring gave up on it, or its unit is not in the corpus. */
export function isOrphan(note: Note, corpus: CorpusIndex): boolean {
  return note.anchor.status === 'orphaned' || !corpus.unitById.has(note.target.unitId);
}

/** Places a note in the corpus (as stored: briefing.ts re-anchors notes before laying them out). */
export function placeNote(note: Note, corpus: CorpusIndex): PlacedNote {
  return { note, unit: corpus.unitById.get(note.target.unitId), isOrphan: isOrphan(note, corpus) };
}

/** Notes of one section (or of the title and summary, `section` ''), in document order. */
export interface SectionGroup {
  readonly section: string;
  readonly label: string;
  readonly notes: readonly PlacedNote[];
}

/** Notes of one report, by section. */
export interface ReportGroup {
  readonly reportId: string;
  readonly report: Report | undefined;
  readonly label: string;
  readonly sections: readonly SectionGroup[];
}

/** The notes of a scope, placed and grouped as the briefing lays them out. */
export interface BriefingLayout {
  readonly reports: readonly ReportGroup[];
  /** Orphans by report, one section each. */
  readonly orphans: readonly ReportGroup[];
  readonly noteCount: number;
}

/** The label of a section: its heading unit ("4 法律措施"), or "第4节" when the corpus has none. */
export function sectionLabel(corpus: CorpusIndex, strings: BriefingStrings, reportId: string, section: string): string {
  if (section === '') return strings.frontPart;
  return sectionHeadingText(corpus, reportId, section) ?? strings.sectionNumber(section);
}

function reportLabel(corpus: CorpusIndex, strings: BriefingStrings, reportId: string): string {
  return corpus.reportById.get(reportId)?.meta.title ?? strings.removedDocument(reportId);
}

/** Groups consecutive notes by a key, keeping their order. */
function runsBy<T>(items: readonly T[], keyOf: (item: T) => string): Array<{ key: string; items: T[] }> {
  const runs: Array<{ key: string; items: T[] }> = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = runs[runs.length - 1];
    if (last !== undefined && last.key === key) last.items.push(item);
    else runs.push({ key, items: [item] });
  }
  return runs;
}

/** Selects, places and groups the notes of `scope` (live notes only). */
export function layOutBriefing(reports: readonly Report[], notes: readonly Note[], scope: ExportScope, strings: BriefingStrings): BriefingLayout {
  const corpus = corpusIndex(reports);
  const byDocumentOrder = documentOrderComparator(corpus.order);
  // Placed before sorting: a note re-anchored in another paragraph sorts where it is now.
  const placed = notes
    .filter(scopeMatcher(scope))
    .map((note) => placeNote(note, corpus))
    .sort((a, b) => byDocumentOrder(a.note, b.note));
  const anchored = placed.filter((note) => !note.isOrphan);
  // Orphans keep their recorded report id; known reports in corpus order, unknown ones after.
  const orphans = placed
    .filter((note) => note.isOrphan)
    .sort((a, b) => {
      const orderA = corpus.reportOrder.get(a.note.target.reportId) ?? Number.POSITIVE_INFINITY;
      const orderB = corpus.reportOrder.get(b.note.target.reportId) ?? Number.POSITIVE_INFINITY;
      if (orderA !== orderB) return orderA < orderB ? -1 : 1;
      return a.note.target.reportId < b.note.target.reportId ? -1 : a.note.target.reportId > b.note.target.reportId ? 1 : 0;
    });
  const reportGroups = runsBy(anchored, (note) => note.unit?.reportId ?? note.note.target.reportId).map(
    ({ key: reportId, items }): ReportGroup => ({
      reportId,
      report: corpus.reportById.get(reportId),
      label: reportLabel(corpus, strings, reportId),
      sections: runsBy(items, (note) => note.unit?.section ?? '').map(({ key: section, items: sectionNotes }) => ({
        section,
        label: sectionLabel(corpus, strings, reportId, section),
        notes: sectionNotes,
      })),
    }),
  );
  const orphanGroups = runsBy(orphans, (note) => note.note.target.reportId).map(
    ({ key: reportId, items }): ReportGroup => ({
      reportId,
      report: corpus.reportById.get(reportId),
      label: reportLabel(corpus, strings, reportId),
      sections: [{ section: '', label: strings.orphans, notes: items }],
    }),
  );
  return { reports: reportGroups, orphans: orphanGroups, noteCount: placed.length };
}
