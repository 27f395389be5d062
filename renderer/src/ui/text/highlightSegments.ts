/**
 * A text cut into plain and highlighted pieces, so the UI can render highlights as <mark>
 * elements: text stays text (React escapes it), never HTML built from strings.
 */
import type { Range } from '../../core/search/types';

export interface Segment {
  readonly text: string;
  readonly isHighlight: boolean;
}

/**
 * Cuts `text` at the given [start, end) ranges. Ranges may come unsorted, overlapping or out of
 * bounds (a stale highlight on edited text): they are clamped, sorted and merged, never thrown on.
 */
export function highlightSegments(text: string, ranges: readonly Range[]): Segment[] {
  const clamped = ranges
    .map(([start, end]): [number, number] => [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of clamped) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: text.slice(at, from), isHighlight: false });
    const last = segments[segments.length - 1];
    // A range that touches the previous highlight extends it rather than starting a new <mark>.
    if (last?.isHighlight === true && from === at) {
      segments[segments.length - 1] = { text: last.text + text.slice(from, end), isHighlight: true };
    } else {
      segments.push({ text: text.slice(from, end), isHighlight: true });
    }
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), isHighlight: false });
  return segments;
}
