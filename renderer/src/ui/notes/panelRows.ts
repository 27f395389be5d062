/**
 * The notes panel's sections as one run of rows (a heading, then its notes) with an estimated
 * height for each: the windowed list measures every row it renders, and starts from these
 * guesses (what a row shows: its place line, its stance and tags line when it has one, its
 * quote and one or two lines of body), so that the scrollbar is about right before it has.
 */
import type { NoteSectionGroup } from '../../core/export/sectionGroups';
import type { Note } from '../../core/notes/types';

export type PanelRow =
  | { readonly kind: 'heading'; readonly groupIndex: number }
  | { readonly kind: 'note'; readonly groupIndex: number; readonly note: Note; /** Its place in its section, from 0. */ readonly position: number };

export interface PanelRows {
  readonly rows: readonly PanelRow[];
  readonly heights: readonly number[];
  /** Each section's heading row. */
  readonly groupStarts: readonly number[];
}

/** Pixels, estimated from .notes-panel-list in notes.css (15 px text, 1.4 line height). */
export const panelRowHeights = {
  heading: 68,
  /** The place line, paddings and borders. */
  noteBase: 42,
  /** The stance, tags and orphan line, when there is one. */
  meta: 22,
  quote: 24,
  /** Per line of the body, and the gap above it. */
  bodyLine: 21,
  bodyGap: 3,
} as const;

/**
 * What fits on one line of the narrowest panel (16 rem): about 15 CJK characters, 30 Latin
 * ones. Counted on the raw body, whose Markdown markers only make it look longer: a row may
 * get a line it does not use, never lose one.
 */
const oneLineWidth = 28;

/** The estimated height of a note's row in the panel, before it is measured. */
export function noteRowHeight(note: Note): number {
  const { noteBase, meta, quote, bodyLine, bodyGap } = panelRowHeights;
  const body = note.body.trim();
  const bodyLines = body === '' ? 0 : body.includes('\n') || isWiderThanOneLine(body) ? 2 : 1;
  const hasMeta = note.stance !== null || note.tags.length > 0 || note.anchor.status === 'orphaned';
  return noteBase + (hasMeta ? meta : 0) + (note.target.selector === undefined ? 0 : quote) + (bodyLines === 0 ? 0 : bodyLines * bodyLine + bodyGap);
}

/** Whether the text is wider than one line, in half-width columns (a wide character counts two). */
function isWiderThanOneLine(text: string): boolean {
  // Most bodies are decided by their length alone, without looking at their characters.
  if (text.length > oneLineWidth) return true;
  if (text.length * 2 <= oneLineWidth) return false;
  let width = 0;
  for (const character of text) width += (character.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
  return width > oneLineWidth;
}

/** Flattens the sections into rows, in order. */
export function panelRows(groups: readonly NoteSectionGroup[]): PanelRows {
  const rows: PanelRow[] = [];
  const heights: number[] = [];
  const groupStarts: number[] = [];
  groups.forEach((group, groupIndex) => {
    groupStarts.push(rows.length);
    rows.push({ kind: 'heading', groupIndex });
    heights.push(panelRowHeights.heading);
    group.notes.forEach((note, position) => {
      rows.push({ kind: 'note', groupIndex, note, position });
      heights.push(noteRowHeight(note));
    });
  });
  return { rows, heights, groupStarts };
}
