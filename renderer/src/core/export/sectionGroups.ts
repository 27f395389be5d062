/**
 * A report's notes grouped by section as the briefing groups them, for the notes panel. Apart
 * from copyMarkdown.ts so that grouping does not load the Markdown libraries; copying does.
 */
import type { Note } from '../notes/types';
import type { Report } from '../report/types';
import { briefingStrings } from './briefingStrings';
import { layOutBriefing } from './layout';
import type { BriefingLanguage } from './types';

/** A report's notes of one section, as the notes panel lists them; `section` undefined for orphans. */
export interface NoteSectionGroup {
  readonly section: string | undefined;
  readonly label: string;
  readonly notes: readonly Note[];
}

/**
 * The live notes of one report grouped by section in document order, labelled as the briefing
 * labels them ("4 法律措施"), orphans last: the groups sectionMarkdown copies.
 */
export function notesBySection(notes: readonly Note[], reportId: string, reports: readonly Report[], lang: BriefingLanguage): NoteSectionGroup[] {
  const strings = briefingStrings(lang);
  const layout = layOutBriefing(reports, notes, { kind: 'report', reportId }, strings);
  const sections = layout.reports.flatMap((group) =>
    group.sections.map((section): NoteSectionGroup => ({ section: section.section, label: section.label, notes: section.notes.map((placed) => placed.note) })),
  );
  const orphans = layout.orphans.flatMap((group) => group.sections.flatMap((section) => section.notes.map((placed) => placed.note)));
  return orphans.length === 0 ? sections : [...sections, { section: undefined, label: strings.orphans, notes: orphans }];
}
