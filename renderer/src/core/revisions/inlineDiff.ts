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
  return segments;
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
