/**
 * The unit at the top of the reading area, found by binary search over the units' positions
 * (document order means their tops only grow), so scrolling a long report stays cheap.
 */

/**
 * Index of the first item whose bottom edge is below `line`, given each item's bottom edge in
 * document order (non-decreasing); -1 when there are none, the last index when all are above.
 */
export function firstItemBelow(count: number, bottomOf: (index: number) => number, line: number): number {
  if (count === 0) return -1;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (bottomOf(middle) > line) high = middle;
    else low = middle + 1;
  }
  return low;
}
