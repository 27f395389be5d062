/**
 * Posting lists: the ascending numbers of the units that contain a term. Stored packed in the
 * serialised index because lunr's own form ({"<ref>": {}} per unit per term) costs an object per
 * posting: on a 50,000-unit corpus that is millions of objects, most of the load time and heap.
 *
 * Packing: gaps between consecutive unit numbers as little-endian base-32 varints, one URL-safe
 * character per 5 bits plus a continuation flag, so the JSON needs no escaping.
 */
import { stringOfCharCodes } from '../text/charCodes';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const continuation = 32;
const digitValues = new Int8Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) digitValues[alphabet.charCodeAt(i)] = i;

/** Packs ascending unit numbers into a compact string. */
export function encodePostings(units: ArrayLike<number> & Iterable<number>): string {
  let out = '';
  let previous = -1;
  for (const unit of units) {
    if (unit <= previous) throw new RangeError('posting list must be strictly ascending');
    let gap = unit - previous;
    previous = unit;
    while (gap >= continuation) {
      out += alphabet[(gap & 31) | continuation];
      gap = Math.floor(gap / 32);
    }
    out += alphabet[gap];
  }
  return out;
}

/** Unpacks a string made by encodePostings. */
export function decodePostings(packed: string): Int32Array {
  const units = new Int32Array(packed.length);
  return units.subarray(0, decodePostingsInto(packed, 0, packed.length, units, 0));
}

/**
 * Unpacks the list packed in `packed[start, end)` into `out` from index `at` and returns the
 * index after the last unit written. Reads a list in place inside a longer string (a dictionary
 * keeps a segment's lists in one), so no substring is made; `out` needs room for one unit per character.
 */
export function decodePostingsInto(packed: string, start: number, end: number, out: Int32Array, at: number): number {
  let count = at;
  let previous = -1;
  let gap = 0;
  let shift = 1;
  for (let i = start; i < end; i++) {
    const value = digitValues[packed.charCodeAt(i)] ?? -1;
    if (value < 0) throw new RangeError(`invalid character in posting list at ${i - start}`);
    gap += (value & 31) * shift;
    if (value & continuation) {
      shift *= 32;
    } else {
      previous += gap;
      out[count++] = previous;
      gap = 0;
      shift = 1;
    }
  }
  return count;
}

/**
 * Posting lists as a term dictionary holds them once compacted: the same gaps as little-endian
 * varints of 7 bits per character with the eighth as the continuation flag, so that every
 * character is below U+0100 and V8 keeps the string one byte each. The serialised form spends a
 * character on 5 bits so that JSON needs no escape; held so in memory, the postings took 20% more
 * (10.0 M characters against 8.4 M in 40 of the 251 segments at 10,000 reports).
 */
export class HeldPostingsWriter {
  private bytes = new Uint8Array(4096);
  private length = 0;
  /** The list being appended, decoded. */
  private units = new Int32Array(1024);

  /** Characters written so far: where the next list starts. */
  get written(): number {
    return this.length;
  }

  /**
   * Appends the list packed by encodePostings in `packed[start, end)`, read as decodePostingsInto
   * reads it (which throws RangeError on a character that form never writes).
   */
  appendPacked(packed: string, start: number, end: number): void {
    if (this.units.length < end - start) this.units = new Int32Array(Math.max(end - start, this.units.length * 2));
    const count = decodePostingsInto(packed, start, end, this.units, 0);
    let previous = -1;
    for (let k = 0; k < count; k++) {
      this.appendGap(this.units[k]! - previous);
      previous = this.units[k]!;
    }
  }

  /** The lists written, as one string. */
  toString(): string {
    return stringOfCharCodes(this.bytes.subarray(0, this.length));
  }

  private appendGap(gap: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let rest = gap;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.bytes[this.length++] = rest;
  }
}

/**
 * Unpacks the held list in `held[start, end)` (HeldPostingsWriter) into `out` from index `at`
 * and returns the index after the last unit written; `out` needs room for one unit per character.
 * A loop of its own, not decodePostingsInto's with the digit read passed in: both run for every
 * posting character a probe reads.
 */
export function decodeHeldInto(held: string, start: number, end: number, out: Int32Array, at: number): number {
  let count = at;
  let previous = -1;
  let gap = 0;
  let shift = 1;
  for (let i = start; i < end; i++) {
    const code = held.charCodeAt(i);
    gap += (code & 0x7f) * shift;
    if (code & 0x80) {
      shift *= 0x80;
    } else {
      previous += gap;
      out[count++] = previous;
      gap = 0;
      shift = 1;
    }
  }
  return count;
}

/** Units present in both ascending lists. */
export function intersectPostings(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out[count++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, count);
}

/** Units present in either ascending list: one linear pass. */
function uniteTwo(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) i++;
    if (y <= x) j++;
    out[count++] = x <= y ? x : y;
  }
  while (i < a.length) out[count++] = a[i++]!;
  while (j < b.length) out[count++] = b[j++]!;
  return out.subarray(0, count);
}

/** One mark per unit of a union's span, kept between calls (a worker runs one query at a time) and left clear. */
let unionMarks = new Uint8Array(0);

/**
 * Units present in any of the ascending lists. Three or more lists dense in the units they span
 * (a query's spellings and word forms, 100,000s of units each at 10,000 reports) are united by
 * marking a table of that span and reading it back in order: 3–35 ms where merging them in pairs
 * took 52–88 ms (eleven lists of 500,000 units' span, Node). Sparse lists are merged in pairs, a
 * balanced tree of linear passes: joining and sorting them cost a query on a broad word more than
 * verifying its candidates.
 */
export function unionPostings(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 0) return new Int32Array(0);
  if (lists.length === 1) return lists[0]!;
  if (lists.length === 2) return uniteTwo(lists[0]!, lists[1]!);
  let total = 0;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = -1;
  for (const list of lists) {
    if (list.length === 0) continue;
    total += list.length;
    lowest = Math.min(lowest, list[0]!);
    highest = Math.max(highest, list[list.length - 1]!);
  }
  if (total === 0) return new Int32Array(0);
  const span = highest - lowest + 1;
  return span <= 8 * total ? uniteMarked(lists, lowest, span, total) : uniteInPairs(lists);
}

function uniteMarked(lists: readonly Int32Array[], lowest: number, span: number, total: number): Int32Array {
  if (unionMarks.length < span) unionMarks = new Uint8Array(Math.max(span, unionMarks.length * 2));
  const marks = unionMarks;
  for (const list of lists) for (let i = 0; i < list.length; i++) marks[list[i]! - lowest] = 1;
  const out = new Int32Array(Math.min(total, span));
  let count = 0;
  for (let offset = 0; offset < span; offset++) {
    if (marks[offset] === 0) continue;
    marks[offset] = 0;
    out[count++] = offset + lowest;
  }
  return out.subarray(0, count);
}

function uniteInPairs(lists: readonly Int32Array[]): Int32Array {
  let level = [...lists];
  while (level.length > 1) {
    const next: Int32Array[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) next.push(uniteTwo(level[i]!, level[i + 1]!));
    if (level.length % 2 === 1) next.push(level[level.length - 1]!);
    level = next;
  }
  return level[0]!;
}

/**
 * Membership in posting lists, asked in ascending unit order (the order candidates are verified
 * in): a cursor per list instead of a table of marks per query, which at 10,000 reports was
 * megabytes allocated and cleared for every keystroke.
 */
export class PostingCursors {
  private readonly cursors: Int32Array;

  /** @param lists ascending units, or null for a list that holds every unit */
  constructor(private readonly lists: ReadonlyArray<Int32Array | null>) {
    this.cursors = new Int32Array(lists.length);
  }

  /** Whether list `l` holds unit n; n never decreases from one call to the next for one list. */
  has(l: number, n: number): boolean {
    const list = this.lists[l];
    if (list === null || list === undefined) return true;
    let at = this.cursors[l]!;
    while (at < list.length && list[at]! < n) at++;
    this.cursors[l] = at;
    return at < list.length && list[at] === n;
  }

  /**
   * Where list `l` holds unit n, or -1 (a null list: -1); asked in ascending order, as `has`.
   * Written out again rather than `has` calling it: `has` is in every candidate's verification,
   * and through a call the benchmark's typing at 10,000 reports took 15–25% longer (Node, warm).
   */
  positionOf(l: number, n: number): number {
    const list = this.lists[l];
    if (list === null || list === undefined) return -1;
    let at = this.cursors[l]!;
    while (at < list.length && list[at]! < n) at++;
    this.cursors[l] = at;
    return at < list.length && list[at] === n ? at : -1;
  }
}
