/**
 * The windowed list of changes (useMeasuredWindow, as the notes lists): a long revision has
 * hundreds of changed paragraphs, and only those in view are in the DOM. The current change
 * (J/K, a deep link) is scrolled into view and focused.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionChange } from '../../core/revisions/types';
import { useMeasuredWindow } from '../notes/VirtualList';
import { ChangeEntry } from './ChangeEntry';

interface ChangeListProps {
  readonly changes: readonly RevisionChange[];
  /** The change to show (1-based), from the route. */
  readonly current: number | undefined;
  readonly oldId: string;
  readonly newId: string;
  readonly oldRevision: string;
  readonly language: string;
}

const estimatedRowHeight = 140;

/** Frames to wait for the current row to render after scrolling to it. */
const focusAttempts = 20;

function keyOfChange(change: RevisionChange | undefined, index: number): string {
  if (change === undefined) return String(index);
  return `${change.kind}:${change.old.map((unit) => unit.id).join('+')}>${change.new.map((unit) => unit.id).join('+')}`;
}

export function ChangeList({ changes, current, oldId, newId, oldRevision, language }: ChangeListProps) {
  const { t } = useTranslation();
  const view = useMeasuredWindow({
    count: changes.length,
    estimateHeight: () => estimatedRowHeight,
    keyOf: (index) => keyOfChange(changes[index], index),
  });
  const { scrollToRow, boxProps } = view;
  useEffect(() => {
    if (current === undefined) return;
    scrollToRow(current - 1);
    // The row renders once the list has scrolled to it: focus it then, so that the keyboard
    // and a screen reader are at the change too.
    let frame = 0;
    let attempts = 0;
    const focusRow = (): void => {
      const row = boxProps.ref.current?.querySelector<HTMLElement>(`[data-change="${current}"]`);
      if (row !== null && row !== undefined) {
        if (!row.contains(document.activeElement)) row.focus({ preventScroll: true });
        // The list's own box is scrolled; the page may need to scroll too, for the box's part
        // that holds the row to be in the window (the review above it can be long).
        row.scrollIntoView({ block: 'nearest' });
        return;
      }
      if (++attempts < focusAttempts) frame = requestAnimationFrame(focusRow);
    };
    frame = requestAnimationFrame(focusRow);
    return () => cancelAnimationFrame(frame);
  }, [current, scrollToRow, boxProps.ref]);

  return (
    <div className="virtual-list change-list" {...boxProps}>
      <ul className="virtual-list-inner" aria-label={t('revisions.listLabel')} style={{ height: `${view.totalHeight}px` }}>
        {view.indices.map((index) => {
          const change = changes[index];
          return change === undefined ? null : (
            <li
              key={keyOfChange(change, index)}
              ref={view.measureRow}
              className="virtual-row"
              data-row-index={index}
              aria-setsize={changes.length}
              aria-posinset={index + 1}
              style={{ transform: `translateY(${view.topOf(index)}px)` }}
            >
              <ChangeEntry
                change={change}
                position={index + 1}
                count={changes.length}
                oldId={oldId}
                newId={newId}
                oldRevision={oldRevision}
                language={language}
                isCurrent={current === index + 1}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
