/** Text with highlight ranges rendered as <mark>: React elements only, no HTML strings. */
import type { Range } from '../../core/search/types';
import { highlightSegments } from './highlightSegments';

export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  if (ranges.length === 0) return text;
  return highlightSegments(text, ranges).map((segment, index) =>
    // Segments never move, so their position is a stable key.
    segment.isHighlight ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
  );
}
