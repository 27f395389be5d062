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
 * Excerpts by body. A report's notes come back whole at each live answer (every autosave), and
 * parsing a thousand bodies' Markdown again costs more than placing their passages: bodies
 * that did not change are looked up. Bounded, so a long session does not keep every draft.
 */
const summaries = new Map<string, string>();
const summaryCacheSize = 5000;

function summaryOf(body: string): string {
  let summary = summaries.get(body);
  if (summary === undefined) {
    summary = noteExcerpt(body, 80);
    if (summaries.size >= summaryCacheSize) summaries.clear();
    summaries.set(body, summary);
  }
  return summary;
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
    marks.push({ noteId: note.id, stance: note.stance, start: range.start, end: range.end, summary: summaryOf(note.body) });
    byUnit.set(note.target.unitId, marks);
  }
  return byUnit;
}

/**
 * `next` with the arrays of `previous` wherever a unit's marks are unchanged, and `previous`
 * itself when nothing changed: saving one note then redraws one paragraph, not the report.
 */
export function keepUnchangedMarks(
  previous: ReadonlyMap<string, readonly NoteMark[]>,
  next: ReadonlyMap<string, readonly NoteMark[]>,
): ReadonlyMap<string, readonly NoteMark[]> {
  let isSame = previous.size === next.size;
  const kept = new Map<string, readonly NoteMark[]>();
  for (const [unitId, marks] of next) {
    const before = previous.get(unitId);
    if (before !== undefined && sameMarks(before, marks)) kept.set(unitId, before);
    else {
      kept.set(unitId, marks);
      isSame = false;
    }
  }
  return isSame ? previous : kept;
}

function sameMarks(a: readonly NoteMark[], b: readonly NoteMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((mark, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        mark.noteId === other.noteId &&
        mark.start === other.start &&
        mark.end === other.end &&
        mark.stance === other.stance &&
        mark.summary === other.summary
      );
    })
  );
}

/**
 * Cuts `text` at every boundary of the search ranges and note marks. Out-of-bounds or empty
 * ranges are ignored, never thrown on (a stale highlight on edited text). One sweep over the
 * sorted boundaries, keeping the marks that are open: a paragraph with many passages costs
 * O(n log n) plus what is drawn, where testing every mark at every cut cost O(n²).
 */
export function markedSegments(text: string, searchRanges: readonly Range[], marks: readonly NoteMark[]): MarkedSegment[] {
  const clamp = (offset: number): number => Math.max(0, Math.min(offset, text.length));
  const cuts = new Set<number>([0, text.length]);
  const hitChanges = new Map<number, number>();
  const opening = new Map<number, number[]>();
  const closing = new Map<number, number[]>();
  const at = (changes: Map<number, number[]>, offset: number): number[] => {
    const list = changes.get(offset) ?? [];
    changes.set(offset, list);
    return list;
  };
  for (const [rawStart, rawEnd] of searchRanges) {
    const [start, end] = [clamp(rawStart), clamp(rawEnd)];
    if (end <= start) continue;
    cuts.add(start).add(end);
    hitChanges.set(start, (hitChanges.get(start) ?? 0) + 1);
    hitChanges.set(end, (hitChanges.get(end) ?? 0) - 1);
  }
  marks.forEach((mark, index) => {
    const [start, end] = [clamp(mark.start), clamp(mark.end)];
    if (mark.end <= mark.start || mark.start >= text.length || end <= start) return;
    cuts.add(start).add(end);
    at(opening, start).push(index);
    at(closing, end).push(index);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const segments: MarkedSegment[] = [];
  // Open marks by their index in `marks`, so that a piece lists them in the order given.
  const open: number[] = [];
  let hitDepth = 0;
  for (let index = 0; index + 1 < points.length; index += 1) {
    const from = points[index] ?? 0;
    const to = points[index + 1] ?? 0;
    hitDepth += hitChanges.get(from) ?? 0;
    for (const closed of closing.get(from) ?? []) open.splice(insertionPoint(open, closed), 1);
    for (const opened of opening.get(from) ?? []) open.splice(insertionPoint(open, opened), 0, opened);
    if (to <= from) continue;
    const isSearchHit = hitDepth > 0;
    const covering = open.map((markIndex) => marks[markIndex]).filter((mark): mark is NoteMark => mark !== undefined);
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

/** Where `value` is, or goes, in the ascending `sorted`. */
function insertionPoint(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function sameNotes(a: readonly NoteMark[], b: readonly NoteMark[]): boolean {
  return a.length === b.length && a.every((mark, index) => mark.noteId === b[index]?.noteId);
}
