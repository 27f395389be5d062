/**
 * Windowed lists: only the rows in view (plus a margin) are in the DOM, so 10,000 notes scroll
 * as lightly as 20. Row heights are given, never measured (one for every row, or one per row),
 * which keeps it to arithmetic; rows clip their content to fit (see .virtual-row in notes.css).
 * useVirtualWindow holds that arithmetic for lists with markup of their own (the notes panel's
 * sections); VirtualList is a plain list on top of it.
 */
import { useCallback, useMemo, useRef, useState, type FocusEvent, type ReactNode, type RefObject, type UIEvent } from 'react';

const overscan = 6;

interface VirtualWindowOptions {
  /** Each row's height in pixels. */
  readonly heights: readonly number[];
  /** The scrolling box's height when the rows are taller. */
  readonly maxHeight: number;
}

export interface VirtualWindow {
  /** The rows to render, in order: those in view plus a margin, and the one holding focus. */
  readonly indices: readonly number[];
  readonly topOf: (index: number) => number;
  readonly totalHeight: number;
  readonly boxHeight: number;
  /** For the scrolling box: its element, and how it follows scrolling and focus. */
  readonly boxProps: {
    readonly ref: RefObject<HTMLDivElement | null>;
    readonly onScroll: (event: UIEvent<HTMLElement>) => void;
    readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
    readonly onBlur: (event: FocusEvent<HTMLElement>) => void;
  };
  /** Scrolls the box (only as far as needed) so that the row is in view, and renders it. */
  readonly scrollToRow: (index: number) => void;
}

/** The attribute each rendered row carries, so that focus inside it keeps it rendered. */
export const rowIndexAttribute = 'data-row-index';

/** The row arithmetic: which rows a scroll position shows, where each row starts. */
export function useVirtualWindow({ heights, maxHeight }: VirtualWindowOptions): VirtualWindow {
  const [scrollTop, setScrollTop] = useState(0);
  // A row keeps its DOM while it holds focus, even scrolled far away: unmounting it would
  // drop focus to the document body.
  const [focusedIndex, setFocusedIndex] = useState<number | undefined>();
  const ref = useRef<HTMLDivElement>(null);
  const tops = useMemo(() => {
    const starts = new Float64Array(heights.length + 1);
    heights.forEach((height, index) => {
      starts[index + 1] = (starts[index] ?? 0) + height;
    });
    return starts;
  }, [heights]);
  const totalHeight = tops[heights.length] ?? 0;
  const boxHeight = Math.min(totalHeight, maxHeight);
  const topOf = useCallback((index: number) => tops[index] ?? 0, [tops]);
  const first = Math.max(0, rowAt(tops, heights.length, scrollTop) - overscan);
  const last = Math.min(heights.length, rowAt(tops, heights.length, scrollTop + boxHeight) + 1 + overscan);
  const indices = useMemo(() => {
    const inView = Array.from({ length: Math.max(0, last - first) }, (_, offset) => first + offset);
    if (focusedIndex === undefined || focusedIndex >= heights.length || (focusedIndex >= first && focusedIndex < last)) return inView;
    return [...inView, focusedIndex].sort((a, b) => a - b);
  }, [first, last, focusedIndex, heights.length]);

  const scrollToRow = useCallback(
    (index: number) => {
      const box = ref.current;
      if (box === null || index < 0 || index >= heights.length) return;
      const top = tops[index] ?? 0;
      const bottom = tops[index + 1] ?? top;
      const viewHeight = box.clientHeight || boxHeight;
      if (top < box.scrollTop) box.scrollTop = top;
      else if (bottom > box.scrollTop + viewHeight) box.scrollTop = bottom - viewHeight;
      // Rendered now, not at the scroll event: the caller may look for the row next.
      setScrollTop(box.scrollTop);
    },
    [tops, heights.length, boxHeight],
  );
  const onScroll = useCallback((event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop), []);
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const row = event.target.closest(`[${rowIndexAttribute}]`);
    const index = Number(row?.getAttribute(rowIndexAttribute));
    setFocusedIndex(Number.isInteger(index) && row !== null ? index : undefined);
  }, []);
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) setFocusedIndex(undefined);
  }, []);
  return { indices, topOf, totalHeight, boxHeight, boxProps: { ref, onScroll, onFocus, onBlur }, scrollToRow };
}

/** The row under `offset` pixels from the top (binary search over the row starts). */
function rowAt(tops: Float64Array, count: number, offset: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tops[middle + 1] ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return Math.min(low, Math.max(0, count - 1));
}

interface VirtualListProps<T> {
  readonly items: readonly T[];
  readonly rowHeight: number;
  /** Height of the scrolling box in pixels. */
  readonly height: number;
  readonly label: string;
  /** More rows are on their way (the list shown is a head of the full one). */
  readonly isBusy?: boolean;
  readonly keyOf: (item: T) => string;
  readonly renderRow: (item: T) => ReactNode;
}

export function VirtualList<T>({ items, rowHeight, height, label, isBusy = false, keyOf, renderRow }: VirtualListProps<T>) {
  const heights = useMemo(() => items.map(() => rowHeight), [items, rowHeight]);
  const view = useVirtualWindow({ heights, maxHeight: height });
  return (
    <div className="virtual-list" style={{ height: `${height}px` }} {...view.boxProps}>
      {/* Heights set through the CSSOM (React style props), which style-src 'self' allows. */}
      <ul className="virtual-list-inner" aria-label={label} aria-busy={isBusy} style={{ height: `${view.totalHeight}px` }}>
        {view.indices.map((index) => {
          const item = items[index];
          return item === undefined ? null : (
            <li
              key={keyOf(item)}
              className="virtual-row"
              data-row-index={index}
              // -1: the size is not known yet (ARIA's value for an unknown set size).
              aria-setsize={isBusy ? -1 : items.length}
              aria-posinset={index + 1}
              style={{ top: `${view.topOf(index)}px`, height: `${rowHeight}px` }}
            >
              {renderRow(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
