/**
 * The notes panel's sections as one run of rows (a heading, then its notes) with a height for
 * each, for the windowed list. Heights follow what a row shows, never a measurement: a note's
 * row has room for its place and stance line, its quote (one line, when it has one) and its
 * body (two lines, when it has one); notes.css clamps each part to that room.
 */
import type { NoteSectionGroup } from '../../core/export/copyMarkdown';
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

/** Pixels, matching .notes-panel-list in notes.css (15 px text, 1.4 line height). */
export const panelRowHeights = {
  heading: 68,
  /** The place line and the stance and tags line, paddings and borders. */
  noteBase: 64,
  quote: 24,
  body: 45,
} as const;

/** The height of a note's row in the panel. */
export function noteRowHeight(note: Note): number {
  const { noteBase, quote, body } = panelRowHeights;
  return noteBase + (note.target.selector === undefined ? 0 : quote) + (note.body.trim() === '' ? 0 : body);
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
