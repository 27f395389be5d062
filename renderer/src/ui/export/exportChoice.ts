/**
 * The export dialog's form as plain data, and the pure decisions behind it: which scope the
 * form stands for, what each scope would take (for the counts beside the choices), which notes
 * the hand-picked list shows, and how much of a long briefing the preview prints. Kept free of
 * React so it is tested without a browser.
 */
import type { ExportScope, QuoteMode } from '../../core/export';
import { countTags, documentOrderComparator, noteContainsText, splitUnitId, STANCES, unitOrderOf } from '../../core/notes';
import type { Note, Stance, TagCount, UnitOrder } from '../../core/notes';
import type { Report } from '../../core/report/types';

/** The kinds of scope the dialog offers, in the order it offers them. */
export const SCOPE_KINDS = ['all', 'report', 'tag', 'stance', 'selection'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** What the delegate has chosen; every kind keeps its own value so switching back loses nothing. */
export interface ExportChoice {
  readonly kind: ScopeKind;
  readonly reportId: string;
  readonly tag: string;
  readonly stance: Stance;
  readonly noteIds: ReadonlySet<string>;
  readonly quoteMode: QuoteMode;
}

/** The form as the dialog opens: every note, quoted passages, the first report and tag ready. */
export function initialChoice(reports: readonly Report[], tags: readonly TagCount[]): ExportChoice {
  return {
    kind: 'all',
    reportId: reports[0]?.meta.id ?? '',
    tag: tags[0]?.tag ?? '',
    stance: 'support',
    noteIds: new Set(),
    quoteMode: 'passage',
  };
}

/** The exporter's scope for a choice. */
export function scopeOfChoice(choice: ExportChoice): ExportScope {
  switch (choice.kind) {
    case 'all':
      return { kind: 'all' };
    case 'report':
      return { kind: 'report', reportId: choice.reportId };
    case 'tag':
      return { kind: 'tag', tag: choice.tag };
    case 'stance':
      return { kind: 'stance', stance: choice.stance };
    case 'selection':
      // Sorted so that the same selection gives the same scope (and front matter) whatever the click order.
      return { kind: 'selection', noteIds: [...choice.noteIds].sort() };
  }
}

/** How many live notes each choice would take, for the labels of the choices. */
export interface ScopeCounts {
  readonly all: number;
  readonly byReport: ReadonlyMap<string, number>;
  readonly tags: readonly TagCount[];
  readonly byStance: ReadonlyMap<Stance, number>;
}

/** Counts live notes by report, tag and stance in one pass over the notes. */
export function scopeCounts(notes: readonly Note[]): ScopeCounts {
  const live = notes.filter((note) => note.deletedAt === null);
  const byReport = new Map<string, number>();
  const byStance = new Map<Stance, number>(STANCES.map((stance) => [stance, 0]));
  for (const note of live) {
    byReport.set(note.target.reportId, (byReport.get(note.target.reportId) ?? 0) + 1);
    if (note.stance !== null) byStance.set(note.stance, (byStance.get(note.stance) ?? 0) + 1);
  }
  return { all: live.length, byReport, tags: countTags(live), byStance };
}

/** Document order over every unit of the corpus, built once per corpus. */
export function corpusUnitOrder(reports: readonly Report[]): UnitOrder {
  return unitOrderOf(reports.flatMap((report) => report.units));
}

/** The notes the hand-picked list shows: live ones matching the filter, in document order, at most `limit`. */
export interface PickerEntries {
  readonly shown: readonly Note[];
  /** How many notes match the filter, shown or not. */
  readonly total: number;
}

/**
 * At most `limit` checkboxes: 10,000 of them would take seconds to lay out and nobody scrolls
 * through them; the filter narrows instead.
 */
export function pickerEntries(notes: readonly Note[], order: UnitOrder, filter: string, limit: number): PickerEntries {
  const matching = notes
    .filter((note) => note.deletedAt === null && noteContainsText(note, filter))
    .sort(documentOrderComparator(order));
  return { shown: matching.slice(0, limit), total: matching.length };
}

/** The paragraph number a note is on ("4.3", "summary.1"), or its unit id when that cannot be read. */
export function noteUnitNumber(note: Note): string {
  return splitUnitId(note.target.unitId)?.number ?? note.target.unitId;
}

/** A one-line excerpt of a note for the picker: the body, else the quoted passage, cut at `maxLength`. */
export function noteExcerpt(note: Note, maxLength = 80): string {
  const source = note.body.trim() !== '' ? note.body : (note.target.selector?.quote.exact ?? '');
  const line = source.replace(/\s+/gu, ' ').trim();
  const characters = [...line];
  return characters.length <= maxLength ? line : `${characters.slice(0, maxLength - 1).join('')}…`;
}

/** What the preview prints of a briefing: all of it, or its start when it is very long. */
export interface PreviewText {
  readonly text: string;
  readonly isTruncated: boolean;
  readonly totalLength: number;
}

/**
 * The start of `markdown`, cut at a line end before `maxLength` characters. Laying out megabytes
 * of text in a <pre> would stall the dialog for 10,000 notes; the saved file is always whole.
 */
export function previewText(markdown: string, maxLength: number): PreviewText {
  if (markdown.length <= maxLength) return { text: markdown, isTruncated: false, totalLength: markdown.length };
  const lineEnd = markdown.lastIndexOf('\n', maxLength);
  const cut = lineEnd > 0 ? lineEnd + 1 : maxLength;
  return { text: markdown.slice(0, cut), isTruncated: true, totalLength: markdown.length };
}

/** The selection with `ids` added (`isSelected`) or removed. */
export function withSelection(selection: ReadonlySet<string>, ids: readonly string[], isSelected: boolean): ReadonlySet<string> {
  const next = new Set(selection);
  for (const id of ids) {
    if (isSelected) next.add(id);
    else next.delete(id);
  }
  return next;
}
