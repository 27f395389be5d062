/**
 * A minimal windowed list: rows of one fixed height, only those in view (plus a margin) are in
 * the DOM, so 10,000 notes scroll as lightly as 20. Fixed heights keep it to arithmetic; rows
 * clip their content to fit (see .virtual-row in notes.css).
 */
import { useState, type ReactNode } from 'react';

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

const overscan = 6;

export function VirtualList<T>({ items, rowHeight, height, label, isBusy = false, keyOf, renderRow }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const visible = items.slice(first, last);
  return (
    <div className="virtual-list" style={{ height: `${height}px` }} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      {/* Heights set through the CSSOM (React style props), which style-src 'self' allows. */}
      <ul className="virtual-list-inner" aria-label={label} aria-busy={isBusy} style={{ height: `${items.length * rowHeight}px` }}>
        {visible.map((item, index) => (
          <li
            key={keyOf(item)}
            className="virtual-row"
            // -1: the size is not known yet (ARIA's value for an unknown set size).
            aria-setsize={isBusy ? -1 : items.length}
            aria-posinset={first + index + 1}
            style={{ top: `${(first + index) * rowHeight}px`, height: `${rowHeight}px` }}
          >
            {renderRow(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}
