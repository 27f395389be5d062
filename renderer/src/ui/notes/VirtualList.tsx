/**
 * Windowed lists: only the rows in view (plus a margin) are in the DOM, so 10,000 notes scroll
 * as lightly as 20. Rows are measured as they render (@tanstack/react-virtual's measureElement,
 * a ResizeObserver per row), starting from an estimate: heights copied from the CSS by hand cut
 * text through the middle of its characters, and more so with a larger font or zoom.
 * useMeasuredWindow is the windowing for lists with markup of their own (the notes panel's
 * sections); VirtualList is a plain list on top of it.
 */
import { defaultRangeExtractor, useVirtualizer, type Range as RowRange } from '@tanstack/react-virtual';
import { useCallback, useRef, useState, type FocusEvent, type ReactNode, type RefObject } from 'react';

const overscan = 6;

/** The attribute each rendered row carries: the virtualizer reads it to measure the row, and focus inside it keeps it rendered. */
export const rowIndexAttribute = 'data-row-index';

interface MeasuredWindowOptions {
  readonly count: number;
  /** A first guess at a row's height, until it is measured. */
  readonly estimateHeight: (index: number) => number;
  /** A stable key per row, so that measurements follow rows when the list changes. */
  readonly keyOf: (index: number) => string;
}

export interface MeasuredWindow {
  /** The rows to render, in order: those in view plus a margin, and the one holding focus. */
  readonly indices: readonly number[];
  readonly topOf: (index: number) => number;
  readonly totalHeight: number;
  /** For each rendered row's element (with its `data-row-index`): measures it. */
  readonly measureRow: (element: HTMLElement | null) => void;
  /** For the scrolling box: its element, and how it follows focus. */
  readonly boxProps: {
    readonly ref: RefObject<HTMLDivElement | null>;
    readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
    readonly onBlur: (event: FocusEvent<HTMLElement>) => void;
  };
  /** Scrolls the box (only as far as needed) so that the row is in view. */
  readonly scrollToRow: (index: number) => void;
}

export function useMeasuredWindow({ count, estimateHeight, keyOf }: MeasuredWindowOptions): MeasuredWindow {
  const ref = useRef<HTMLDivElement>(null);
  // A row keeps its DOM while it holds focus, even scrolled far away: unmounting it would
  // drop focus to the document body.
  const [focusedIndex, setFocusedIndex] = useState<number | undefined>();
  const rangeExtractor = useCallback(
    (range: RowRange) => {
      const inView = defaultRangeExtractor(range);
      if (focusedIndex === undefined || focusedIndex >= range.count || inView.includes(focusedIndex)) return inView;
      return [...inView, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  // No React Compiler here: the list re-renders on every scroll by design, memoising it gains nothing.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => ref.current,
    estimateSize: estimateHeight,
    getItemKey: keyOf,
    overscan,
    rangeExtractor,
    indexAttribute: rowIndexAttribute,
  });
  const items = virtualizer.getVirtualItems();
  const startByIndex = new Map(items.map((item) => [item.index, item.start]));

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const row = event.target.closest(`[${rowIndexAttribute}]`);
    const index = Number(row?.getAttribute(rowIndexAttribute));
    setFocusedIndex(Number.isInteger(index) && row !== null ? index : undefined);
  }, []);
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) setFocusedIndex(undefined);
  }, []);
  const scrollToRow = useCallback(
    (index: number) => {
      if (index >= 0 && index < count) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer, count],
  );
  return {
    indices: items.map((item) => item.index),
    topOf: (index) => startByIndex.get(index) ?? 0,
    totalHeight: virtualizer.getTotalSize(),
    measureRow: virtualizer.measureElement,
    boxProps: { ref, onFocus, onBlur },
    scrollToRow,
  };
}

interface VirtualListProps<T> {
  readonly items: readonly T[];
  /** A first guess at a row's height, until it is measured. */
  readonly estimatedRowHeight: number;
  /** The scrolling box's greatest height in pixels (it is shorter when the rows are). */
  readonly maxHeight: number;
  readonly label: string;
  /** More rows are on their way (the list shown is a head of the full one). */
  readonly isBusy?: boolean;
  readonly keyOf: (item: T) => string;
  readonly renderRow: (item: T) => ReactNode;
}

export function VirtualList<T>({ items, estimatedRowHeight, maxHeight, label, isBusy = false, keyOf, renderRow }: VirtualListProps<T>) {
  const view = useMeasuredWindow({
    count: items.length,
    estimateHeight: () => estimatedRowHeight,
    keyOf: (index) => {
      const item = items[index];
      return item === undefined ? String(index) : keyOf(item);
    },
  });
  return (
    // Sizes set through the CSSOM (React style props), which style-src 'self' allows.
    <div className="virtual-list" style={{ maxHeight: `${maxHeight}px` }} {...view.boxProps}>
      <ul className="virtual-list-inner" aria-label={label} aria-busy={isBusy} style={{ height: `${view.totalHeight}px` }}>
        {view.indices.map((index) => {
          const item = items[index];
          return item === undefined ? null : (
            <li
              key={keyOf(item)}
              ref={view.measureRow}
              className="virtual-row"
              data-row-index={index}
              // -1: the size is not known yet (ARIA's value for an unknown set size).
              aria-setsize={isBusy ? -1 : items.length}
              aria-posinset={index + 1}
              style={{ transform: `translateY(${view.topOf(index)}px)` }}
            >
              {renderRow(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
