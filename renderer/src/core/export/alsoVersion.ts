/**
 * "Also quote the paragraph in": under a note's quote, the paragraph of the same number in
 * another language version of the note's document (issue 14), so a delegate who wrote on the
 * English text can hand a French-speaking colleague the French wording. Versions are paired by
 * core/versions (same symbol and revision); paragraphs by number, as the side-by-side view does.
 * A number the version lacks is said in one line: no other paragraph's text stands in for it.
 */
import type { RootContent } from 'mdast';
import type { Note } from '../notes/types';
import type { Report, Unit } from '../report/types';
import { byVersionLanguage, versionFamilyKey } from '../versions/groupVersions';
import type { BriefingStrings } from './briefingStrings';
import { paragraph, text, textParagraphs } from './markdownNodes';
import type { PlacedNote } from './layout';

/** The chosen language's version of each document that has one, its units by number. */
export interface AlsoVersion {
  readonly language: string;
  /** By the note's report id: the other version's units by number (absent: no such version, or the note's document is in `language`). */
  readonly unitsByReport: ReadonlyMap<string, ReadonlyMap<string, Unit>>;
}

/** The `language` versions of `reports`' documents, for every report not itself in `language`. */
export function alsoVersionOf(reports: readonly Report[], language: string): AlsoVersion {
  const inLanguage = new Map<string, ReadonlyMap<string, Unit>>();
  for (const report of reports) {
    const key = versionFamilyKey(report.meta);
    if (report.meta.language === language && !inLanguage.has(key)) inLanguage.set(key, new Map(report.units.map((unit) => [unit.number, unit])));
  }
  const unitsByReport = new Map<string, ReadonlyMap<string, Unit>>();
  for (const report of reports) {
    if (report.meta.language === language) continue;
    const units = inLanguage.get(versionFamilyKey(report.meta));
    if (units !== undefined) unitsByReport.set(report.meta.id, units);
  }
  return { language, unitsByReport };
}

/**
 * The languages the export dialog offers: those of every version of the documents that live
 * notes are on (a note on the English text may want the French; notes on two versions may want either).
 */
export function alsoVersionLanguages(reports: readonly Report[], notes: readonly Note[]): string[] {
  const notedReportIds = new Set(notes.filter((note) => note.deletedAt === null).map((note) => note.target.reportId));
  const notedFamilies = new Set(reports.filter((report) => notedReportIds.has(report.meta.id)).map((report) => versionFamilyKey(report.meta)));
  const versions = reports.filter((report) => notedFamilies.has(versionFamilyKey(report.meta))).map((report) => report.meta);
  return [...new Set(versions.sort(byVersionLanguage).map((meta) => meta.language))];
}

/** The language's name in the briefing's words ("French", "法文"); an unknown code as it is. */
export function versionLanguageName(strings: BriefingStrings, language: string): string {
  return strings.languageNames[language] ?? language;
}

/**
 * The other version's paragraph under a note: a label line, then its text in a blockquote (the
 * quote's own path, so the text stays text whatever it holds); one line when the version lacks
 * the number; nothing for an orphan (its paragraph is not known) or a document without that version.
 * `place` is how the briefing names the paragraph ("Paragraph 2.1").
 */
export function alsoVersionNodes(placed: PlacedNote, also: AlsoVersion | undefined, strings: BriefingStrings, place: string): RootContent[] {
  if (also === undefined || placed.isOrphan || placed.unit === undefined) return [];
  const units = also.unitsByReport.get(placed.unit.reportId);
  if (units === undefined) return [];
  const name = versionLanguageName(strings, also.language);
  const other = units.get(placed.unit.number);
  const paragraphs = other === undefined ? [] : textParagraphs(other.text);
  if (paragraphs.length === 0) return [paragraph({ type: 'emphasis', children: [text(strings.alsoVersionMissing(name, place))] })];
  return [paragraph(text(strings.alsoVersionLabel(name, place))), { type: 'blockquote', children: paragraphs }];
}
