/**
 * Where the delegate's notes fall in the reader's text, and the text cut into pieces so that
 * each piece knows which notes and which search matches cover it. Pure: the reader renders the
 * pieces as React elements (<mark>), never HTML strings.
 */
import { toTextRange } from '../../core/notes/anchor';
import { noteExcerpt } from '../../core/notes/noteExcerpt';
import type { Note, Stance } from '../../core/notes/types';
import type { Range } from '../../core/search/types';

/** A note's passage in UTF-16 offsets of its unit's text. */
export interface NoteMark {
  readonly noteId: string;
  readonly stance: Stance | null;
  readonly start: number;
  readonly end: number;
  /** The note's body as a short plain excerpt ('' when empty): what the mark's accessible name says. */
  readonly summary: string;
}

/** A piece of a unit's text: plain, a search match, under notes, or both. */
export interface MarkedSegment {
  readonly text: string;
  readonly isSearchHit: boolean;
  /** Notes covering the piece, first-created first; the first one is the one a click opens. */
  readonly notes: readonly NoteMark[];
}

/**
 * The passage marks of live, anchored notes by unit id. Whole-paragraph notes and orphans have
 * no passage to draw; notes whose offsets no longer fit the text are skipped rather than drawn
 * on the wrong words.
 */
export function noteMarksByUnit(notes: readonly Note[], unitText: (unitId: string) => string | undefined): Map<string, NoteMark[]> {
  const byUnit = new Map<string, NoteMark[]>();
  for (const note of notes) {
    const selector = note.target.selector;
    if (note.deletedAt !== null || note.anchor.status === 'orphaned' || selector === undefined) continue;
    const text = unitText(note.target.unitId);
    if (text === undefined) continue;
    const range = toTextRange(text, selector.position);
    if (range.end <= range.start || range.end > text.length) continue;
    const marks = byUnit.get(note.target.unitId) ?? [];
    marks.push({ noteId: note.id, stance: note.stance, start: range.start, end: range.end, summary: noteExcerpt(note.body, 80) });
    byUnit.set(note.target.unitId, marks);
  }
  return byUnit;
}

/**
 * Cuts `text` at every boundary of the search ranges and note marks. Out-of-bounds or empty
 * ranges are ignored, never thrown on (a stale highlight on edited text).
 */
export function markedSegments(text: string, searchRanges: readonly Range[], marks: readonly NoteMark[]): MarkedSegment[] {
  const clamp = (offset: number): number => Math.max(0, Math.min(offset, text.length));
  const hits = searchRanges.map(([start, end]) => [clamp(start), clamp(end)] as const).filter(([start, end]) => end > start);
  const notes = marks.filter((mark) => mark.end > mark.start && mark.start < text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const [start, end] of hits) cuts.add(start).add(end);
  for (const mark of notes) cuts.add(clamp(mark.start)).add(clamp(mark.end));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: MarkedSegment[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const from = points[index] ?? 0;
    const to = points[index + 1] ?? 0;
    if (to <= from) continue;
    const isSearchHit = hits.some(([start, end]) => start <= from && to <= end);
    const covering = notes.filter((mark) => mark.start <= from && to <= mark.end);
    const previous = segments[segments.length - 1];
    // Neighbouring pieces with the same marks merge: one <mark> per run, not per cut.
    if (previous !== undefined && previous.isSearchHit === isSearchHit && sameNotes(previous.notes, covering)) {
      segments[segments.length - 1] = { ...previous, text: previous.text + text.slice(from, to) };
    } else {
      segments.push({ text: text.slice(from, to), isSearchHit, notes: covering });
    }
  }
  if (segments.length === 0) segments.push({ text, isSearchHit: false, notes: [] });
  return segments;
}

function sameNotes(a: readonly NoteMark[], b: readonly NoteMark[]): boolean {
  return a.length === b.length && a.every((mark, index) => mark.noteId === b[index]?.noteId);
}
