/**
 * A unit's text with search matches and the delegate's note passages as <mark> elements. A
 * note's mark is also a button (Tab reaches it, Enter or Space opens its note), named by the
 * passage and the note's excerpt, so a screen reader still reads the passage in the flow.
 */
import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Range } from '../../core/search/types';
import { markedSegments, type NoteMark } from './noteMarks';

/** What a note's mark says: built once per report body, not once per paragraph. */
export interface MarkLabels {
  /** The mark's tooltip. */
  readonly title: string;
  /** The mark's accessible name: the passage, and the note's excerpt when it has one. */
  readonly name: (quote: string, summary: string) => string;
}

export function useMarkLabels(): MarkLabels {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      title: t('notes.markLabel'),
      name: (quote, summary) => (summary === '' ? t('notes.openMarkEmpty', { quote }) : t('notes.openMark', { quote, summary })),
    }),
    [t],
  );
}

interface MarkedTextProps {
  readonly text: string;
  readonly searchRanges: readonly Range[];
  readonly marks: readonly NoteMark[];
  readonly labels: MarkLabels;
  readonly onOpenNote: (noteId: string) => void;
}

export function MarkedText({ text, searchRanges, marks, labels, onOpenNote }: MarkedTextProps) {
  return markedSegments(text, searchRanges, marks).map((segment, index) => {
    const content = segment.isSearchHit && segment.notes.length > 0 ? <mark>{segment.text}</mark> : segment.text;
    const first = segment.notes[0];
    if (first !== undefined) {
      const open = (): void => onOpenNote(first.noteId);
      const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        // Space would scroll the page, as it does on a real button.
        event.preventDefault();
        open();
      };
      const label = labels.name(segment.text, first.summary);
      return (
        // Segments never move, so their position is a stable key.
        <mark
          key={index}
          role="button"
          tabIndex={0}
          aria-label={label}
          className={`note-mark stance-${first.stance ?? 'none'}${segment.notes.length > 1 ? ' is-overlap' : ''}`}
          data-note-id={first.noteId}
          title={labels.title}
          onClick={open}
          onKeyDown={onKeyDown}
        >
          {content}
        </mark>
      );
    }
    return segment.isSearchHit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>;
  });
}
