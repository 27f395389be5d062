/**
 * Posting lists: the ascending numbers of the units that contain a term. Stored packed in the
 * serialised index because lunr's own form ({"<ref>": {}} per unit per term) costs an object per
 * posting: on a 50,000-unit corpus that is millions of objects, most of the load time and heap.
 *
 * Packing: gaps between consecutive unit numbers as little-endian base-32 varints, one URL-safe
 * character per 5 bits plus a continuation flag, so the JSON needs no escaping.
 */
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const continuation = 32;
const digitValues = new Int8Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) digitValues[alphabet.charCodeAt(i)] = i;

/** Packs ascending unit numbers into a compact string. */
export function encodePostings(units: readonly number[]): string {
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
  let count = 0;
  let previous = -1;
  let gap = 0;
  let shift = 1;
  for (let i = 0; i < packed.length; i++) {
    const value = digitValues[packed.charCodeAt(i)] ?? -1;
    if (value < 0) throw new RangeError(`invalid character in posting list at ${i}`);
    gap += (value & 31) * shift;
    if (value & continuation) {
      shift *= 32;
    } else {
      previous += gap;
      units[count++] = previous;
      gap = 0;
      shift = 1;
    }
  }
  return units.subarray(0, count);
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

/** Units present in any of the ascending lists. */
export function unionPostings(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0]!;
  let total = 0;
  for (const list of lists) total += list.length;
  const all = new Int32Array(total);
  let offset = 0;
  for (const list of lists) {
    all.set(list, offset);
    offset += list.length;
  }
  all.sort();
  let count = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[count++] = all[i]!;
  return all.subarray(0, count);
}
