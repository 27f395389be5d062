/**
 * Word-by-word comparison of two texts: jsdiff's `diffArrays` (Myers' O(ND) algorithm) over
 * the tokens of tokens.ts. Runs of the same operation are joined, so the view draws one
 * `<del>` or `<ins>` per run, and a replacement reads as its deletion then its insertion.
 */
import { diffArrays } from 'diff';
import { diffTokens } from './tokens';
import type { InlineSegment } from './types';

/**
 * Joins the texts of a split or merged entry's several units in `inline`. U+2029 PARAGRAPH
 * SEPARATOR: the parser joins wrapped lines with a space or nothing, so no unit text holds one,
 * and the segmenter makes it a token of its own, so no segment straddles two paragraphs.
 */
export const PARAGRAPH_BREAK = '\u2029';

function push(segments: InlineSegment[], op: InlineSegment['op'], text: string): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last !== undefined && last.op === op) segments[segments.length - 1] = { op, text: last.text + text };
  else segments.push({ op, text });
}

const SPACE_ONLY = /^\s+$/u;

/** The whitespace both texts start (or end) with. */
function sharedSpace(a: string, b: string, where: 'start' | 'end'): string {
  let length = 0;
  while (length < a.length && length < b.length) {
    const x = where === 'start' ? a[length]! : a[a.length - 1 - length]!;
    const y = where === 'start' ? b[length]! : b[b.length - 1 - length]!;
    if (x !== y || !SPACE_ONLY.test(x)) break;
    length += 1;
  }
  return where === 'start' ? a.slice(0, length) : a.slice(a.length - length);
}

/**
 * Joins edits separated only by spaces into one deletion and one insertion: "eighty" →
 * "one hundred" otherwise reads as `[-eighty-]{+one+} {+hundred+}`, the space kept between
 * words that did not survive (diff-match-patch's semantic cleanup does this and more).
 */
function joinEditsAcrossSpaces(raw: readonly InlineSegment[]): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let index = 0;
  while (index < raw.length) {
    const segment = raw[index]!;
    if (segment.op === 'equal') {
      push(segments, 'equal', segment.text);
      index += 1;
      continue;
    }
    // A chain of edits, with the space-only equal runs that sit between two edits.
    let deleted = '';
    let inserted = '';
    let end = index;
    while (end < raw.length) {
      const part = raw[end]!;
      const isBridge = part.op === 'equal' && SPACE_ONLY.test(part.text) && raw[end + 1] !== undefined && raw[end + 1]!.op !== 'equal';
      if (part.op === 'equal' && !isBridge) break;
      if (part.op !== 'insert') deleted += part.text;
      if (part.op !== 'delete') inserted += part.text;
      end += 1;
    }
    // Spaces both sides start or end with are kept text, not edits.
    const lead = sharedSpace(deleted, inserted, 'start');
    const trail = sharedSpace(deleted.slice(lead.length), inserted.slice(lead.length), 'end');
    push(segments, 'equal', lead);
    push(segments, 'delete', deleted.slice(lead.length, deleted.length - trail.length));
    push(segments, 'insert', inserted.slice(lead.length, inserted.length - trail.length));
    push(segments, 'equal', trail);
    index = end;
  }
  return segments;
}

/** The segments that turn `oldText` into `newText`, word by word (characters for Chinese and Japanese). */
export function inlineDiff(oldText: string, newText: string, language: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  if (oldText === newText) {
    push(segments, 'equal', oldText);
    return segments;
  }
  for (const change of diffArrays(diffTokens(oldText, language), diffTokens(newText, language))) {
    push(segments, change.added ? 'insert' : change.removed ? 'delete' : 'equal', change.value.join(''));
  }
  return joinEditsAcrossSpaces(segments);
}

/** The text of one side of `segments`: equal and deleted runs for the old side, equal and inserted for the new. */
export function sideText(segments: readonly InlineSegment[], side: 'old' | 'new'): string {
  const skipped = side === 'old' ? 'insert' : 'delete';
  return segments
    .filter((segment) => segment.op !== skipped)
    .map((segment) => segment.text)
    .join('');
}

/**
 * One side of `segments` cut at PARAGRAPH_BREAK: one list of segments per unit of that side
 * (equal and delete for the old side, equal and insert for the new), for a view that draws each
 * paragraph of a split or merge apart.
 */
export function sideSegments(segments: readonly InlineSegment[], side: 'old' | 'new'): InlineSegment[][] {
  const skipped = side === 'old' ? 'insert' : 'delete';
  const units: InlineSegment[][] = [[]];
  for (const segment of segments) {
    if (segment.op === skipped) continue;
    segment.text.split(PARAGRAPH_BREAK).forEach((piece, index) => {
      if (index > 0) units.push([]);
      push(units[units.length - 1]!, segment.op, piece);
    });
  }
  return units;
}
