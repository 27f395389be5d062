/**
 * A note made on one language version shows on every version of its paragraph: the delegate
 * reads the French text and sees the note made on the English one, marked with the language it
 * was made in. A passage note is shown as a note on the whole paragraph there: its quote is in
 * its own language, and drawing it on a translation would highlight words it never quoted.
 */
import { splitUnitId } from '../notes/unitRef';
import type { Note } from '../notes/types';
import type { Report, ReportMeta } from '../report/types';
import { unitId as unitIdOf } from '../report/unitId';
import { versionFamilyKey } from './groupVersions';

/** A note of another version, placed on the shown version's paragraph of the same number. */
export interface VersionNote {
  readonly note: Note;
  /** The unit of the shown version, `<shownReportId>:<number>`. */
  readonly unitId: string;
  /** The version the note was made on, and its language. */
  readonly reportId: string;
  readonly language: string;
  /** The passage the note is on, in the note's language, to show as a quote; never to highlight here. */
  readonly quote?: string;
}

export interface NotesAcrossVersions {
  /** Notes of other versions by the shown version's unit id, in the order given. */
  readonly byUnit: ReadonlyMap<string, readonly VersionNote[]>;
  /** Notes of other versions on a paragraph the shown version does not have. */
  readonly unplaced: readonly VersionNote[];
}

/**
 * The live, anchored notes of `shown`'s other language versions (`versions`: any documents; the
 * ones of `shown`'s family are used) placed on `shown`'s paragraphs by number. Notes on `shown`
 * itself are left out (the reader draws them in its text), unless `withOwn` asks for every
 * version's notes (the side-by-side view lists them all the same way); deleted notes and orphans
 * (their paragraph is not known) are always left out.
 */
export function notesAcrossVersions(
  notes: readonly Note[],
  shown: Report,
  versions: readonly ReportMeta[],
  { withOwn = false }: { readonly withOwn?: boolean } = {},
): NotesAcrossVersions {
  const family = versionFamilyKey(shown.meta);
  const languageOf = new Map(
    versions.filter((meta) => (withOwn || meta.id !== shown.meta.id) && versionFamilyKey(meta) === family).map((meta) => [meta.id, meta.language]),
  );
  if (withOwn) languageOf.set(shown.meta.id, shown.meta.language);
  const shownUnits = new Set(shown.units.map((unit) => unit.number));
  const byUnit = new Map<string, VersionNote[]>();
  const unplaced: VersionNote[] = [];
  for (const note of notes) {
    const language = languageOf.get(note.target.reportId);
    if (language === undefined || note.deletedAt !== null || note.anchor.status === 'orphaned') continue;
    const number = splitUnitId(note.target.unitId)?.number;
    if (number === undefined) continue;
    const unitId = unitIdOf(shown.meta.id, number);
    const quote = note.target.selector?.quote.exact;
    const placed: VersionNote = { note, unitId, reportId: note.target.reportId, language, ...(quote === undefined ? {} : { quote }) };
    if (!shownUnits.has(number)) {
      unplaced.push(placed);
      continue;
    }
    const list = byUnit.get(unitId);
    if (list === undefined) byUnit.set(unitId, [placed]);
    else list.push(placed);
  }
  return { byUnit, unplaced };
}
