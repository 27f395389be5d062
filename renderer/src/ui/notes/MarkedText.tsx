/** A unit's text with search matches and the delegate's note passages as <mark> elements. */
import type { Range } from '../../core/search/types';
import { markedSegments, type NoteMark } from './noteMarks';

interface MarkedTextProps {
  readonly text: string;
  readonly searchRanges: readonly Range[];
  readonly marks: readonly NoteMark[];
  readonly noteLabel: string;
  readonly onOpenNote: (noteId: string) => void;
}

export function MarkedText({ text, searchRanges, marks, noteLabel, onOpenNote }: MarkedTextProps) {
  return markedSegments(text, searchRanges, marks).map((segment, index) => {
    const content = segment.isSearchHit && segment.notes.length > 0 ? <mark>{segment.text}</mark> : segment.text;
    const first = segment.notes[0];
    if (first !== undefined) {
      return (
        // Segments never move, so their position is a stable key. The notes panel lists the
        // same notes as buttons: the keyboard route to what a click on the mark opens.
        <mark
          key={index}
          className={`note-mark stance-${first.stance ?? 'none'}${segment.notes.length > 1 ? ' is-overlap' : ''}`}
          data-note-id={first.noteId}
          title={noteLabel}
          onClick={() => onOpenNote(first.noteId)}
        >
          {content}
        </mark>
      );
    }
    return segment.isSearchHit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>;
  });
}
