/**
 * Picks the best `limit` of n scored items without sorting them all: a page of results
 * out of thousands of hits should not pay for ordering the rest.
 */

/** Indices 0..count-1 ordered best first; `isBetter(a, b)` must be a strict total order. */
export function selectTop(count: number, limit: number, isBetter: (a: number, b: number) => boolean): number[] {
  if (limit >= count) {
    const all = Array.from({ length: count }, (_, i) => i);
    return all.sort((a, b) => (isBetter(a, b) ? -1 : isBetter(b, a) ? 1 : 0));
  }
  if (limit <= 0) return [];
  // A min-heap of the best `limit` seen so far: its root is the worst of them.
  const heap: number[] = [];
  const siftDown = (from: number): void => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && isBetter(heap[worst]!, heap[left]!)) worst = left;
      if (right < heap.length && isBetter(heap[worst]!, heap[right]!)) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (let item = 0; item < count; item++) {
    if (heap.length < limit) {
      heap.push(item);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!isBetter(heap[parent]!, heap[i]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (isBetter(item, heap[0]!)) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (isBetter(a, b) ? -1 : isBetter(b, a) ? 1 : 0));
}
