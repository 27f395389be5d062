/**
 * One segment's terms and their packed postings, sorted by term (the order lunr writes its
 * inverted index in). Prefix look-up is a binary search over the sorted terms; lunr's TokenSet
 * intersection instead walks the root node, which on a CJK corpus has thousands of edges, for
 * every query term. No Map of terms is built at load: binary search answers the exact look-ups
 * too, and a Map of 100,000 terms costs more to build than a session's queries save.
 *
 * The terms are kept joined and the postings as another string, each term and list found by its
 * start in a typed array: two JS strings per term held 128 MB of the heap at 10,000
 * reports (251 segments, 1.88 M terms), mostly string headers and array slots; now 89 MB, and
 * less once compacted (each distinct list held once). The offsets, 8 bytes per term (15 MB) and,
 * once compacted, 4 per distinct list, are array buffers outside the JS heap, not gone.
 *
 * The terms are joined in two strings: the leading terms whose characters all fit in one byte
 * (Latin letters and digits sort before any CJK), and the rest. V8 keeps a string one byte per
 * character only if every character fits, and one string of all terms took two bytes for each:
 * at 10,000 reports 91% of the terms' characters are Latin, in 25.6 MB of terms.
 */
import { decodeHeldInto, decodePostingsInto, encodePostings, HeldPostingsWriter } from './postings';

/** The terms `[low, high)` of a dictionary that start with a probe. */
export interface TermRange {
  readonly low: number;
  readonly high: number;
}

export class TermDictionary {
  /** Whether the postings are held 7 bits a character (compact); else as the serialised index packs them. */
  private isHeld = false;
  /** Whether compact has run, holding the postings or leaving damaged ones as they were. */
  private isCompacted = false;
  /**
   * One mark per unit of the segment, all clear between calls of uniteInto. Made with the
   * dictionary, not on the first call: a branch taken once per segment is one the optimised
   * uniteInto has no type feedback for, and the library's first query deoptimised it (a byte per
   * unit: 500 KB at 10,000 reports).
   */
  private readonly marks: Uint8Array;
  /**
   * Once held, term i's list is list listOf[i] (postingStarts then gives where each list starts):
   * terms with the same units share one list. Every suffix of a word is a term (tokenizer.ts), and
   * most suffixes are in the units of their word alone: at 1,000 reports, 190,173 terms had 38,021
   * distinct lists, in 2.5 M characters of the 5.3 M that one list per term took.
   * Undefined before: list i is term i's.
   */
  private listOf: Uint32Array | undefined;

  /**
   * @param narrowTerms the first `narrowCount` terms, in order, joined (each character below U+0100)
   * @param wideTerms the other terms, in order, joined
   * @param termStarts where term i starts and ends in the terms joined (narrowTerms then wideTerms)
   * @param postings every term's posting packed by encodePostings, in term order, joined
   * @param postingStarts term i's posting is `postings[postingStarts[i], postingStarts[i + 1])` (until compact shares lists)
   * @param unitCount the segment's units: every posting names units below it
   */
  private constructor(
    private readonly narrowTerms: string,
    private readonly narrowCount: number,
    private readonly wideTerms: string,
    private readonly termStarts: Uint32Array,
    private postings: string,
    private postingStarts: Uint32Array,
    private readonly unitCount: number,
  ) {
    this.marks = new Uint8Array(unitCount);
  }

  /**
   * A dictionary of `terms` (sorted by UTF-16 code units, each once) whose postings are
   * `packed[i]`, over a segment of `unitCount` units.
   */
  static of(terms: readonly string[], packed: readonly string[], unitCount: number): TermDictionary {
    if (terms.length !== packed.length) throw new RangeError('a dictionary needs one posting per term');
    let narrowCount = 0;
    while (narrowCount < terms.length && isNarrow(terms[narrowCount]!)) narrowCount++;
    const narrowTerms = terms.slice(0, narrowCount).join('');
    const wideTerms = terms.slice(narrowCount).join('');
    return new TermDictionary(narrowTerms, narrowCount, wideTerms, startsOf(terms), packed.join(''), startsOf(packed), unitCount);
  }

  /** How many terms the dictionary holds. */
  get termCount(): number {
    return this.termStarts.length - 1;
  }

  /** Term i (0 ≤ i < termCount), in sorted order. */
  termAt(i: number): string {
    const start = this.startOf(i);
    return this.textOf(i).slice(start, start + this.termStarts[i + 1]! - this.termStarts[i]!);
  }

  /** Whether compact has run. */
  get isCompact(): boolean {
    return this.isCompacted;
  }

  /**
   * Holds the postings 7 bits a character instead of 5 (HeldPostingsWriter), each distinct list
   * once (listOf): a sixth less memory for the encoding, half for the sharing, for about 2 ms (up
   * to 15) per 2,000-unit segment, which is why it is done in the background, not when the segment
   * is added. A damaged posting leaves the postings as they are, to be refused when a query reads it.
   */
  compact(): void {
    if (this.isCompacted) return;
    this.isCompacted = true;
    const writer = new HeldPostingsWriter();
    const listOf = new Uint32Array(this.termCount);
    const starts = [0];
    // The serialised form is canonical (encodePostings): the same units, the same characters.
    const lists = new Map<string, number>();
    try {
      for (let i = 0; i < this.termCount; i++) {
        const start = this.postingStarts[i]!;
        const end = this.postingStarts[i + 1]!;
        const packed = this.postings.slice(start, end);
        let list = lists.get(packed);
        if (list === undefined) {
          list = starts.length - 1;
          lists.set(packed, list);
          writer.appendPacked(this.postings, start, end);
          starts.push(writer.written);
        }
        listOf[i] = list;
      }
    } catch (error) {
      if (error instanceof RangeError) return;
      throw error;
    }
    this.postings = writer.toString();
    this.postingStarts = Uint32Array.from(starts);
    this.listOf = listOf;
    this.isHeld = true;
  }

  /** Term i's packed posting (encodePostings), as the serialised index holds it. */
  packedAt(i: number): string {
    return this.isHeld ? encodePostings(this.postingAt(i)) : this.postings.slice(this.startOfList(i), this.endOfList(i));
  }

  /** The units (local numbers, ascending) indexed under term i. */
  postingAt(i: number): Int32Array {
    const start = this.startOfList(i);
    const end = this.endOfList(i);
    const units = new Int32Array(end - start);
    return units.subarray(0, this.decodeInto(start, end, units, 0));
  }

  /** The terms that start with `probe`, stopping after `limit` of them (so a range longer than `limit` means "too many"). */
  prefixRange(probe: string, limit: number): TermRange {
    const low = this.firstAtOrAfter(probe);
    let high = low;
    while (high < this.termCount && high - low <= limit && this.startsWith(high, probe)) high++;
    return { low, high };
  }

  /** Units indexed under exactly this term (a word-form term), ascending. */
  unitsForTerm(term: string): Int32Array {
    const i = this.firstAtOrAfter(term);
    return i < this.termCount && this.compare(i, term) === 0 ? this.postingAt(i) : new Int32Array(0);
  }

  /** The languages that have word-form terms (`~en:…`, `~fr:…`) in the index. */
  wordFormLanguages(marker: string): string[] {
    const languages: string[] = [];
    let low = this.firstAtOrAfter(marker);
    while (low < this.termCount && this.startsWith(low, marker)) {
      const term = this.termAt(low);
      const language = term.slice(marker.length, term.indexOf(':'));
      languages.push(language);
      low = this.firstAtOrAfter(`${marker}${language};`);
    }
    return languages;
  }

  /**
   * Writes the units of the range's postings, each once, ascending, plus `base` (the segment's
   * first collection number), into `out` from `at`; returns the index after the last one. `out`
   * needs room for every unit of the segment. The lists are decoded into one buffer, marked in a
   * table of the segment's units and read back in order. A broad probe (`s`, `5`) has hundreds of
   * terms; uniting their lists pairwise allocated a list per term and per merge, 8–17 ms per probe
   * at 1,000 reports. Nothing is allocated per call: the buffer and the table are kept (the table
   * is left clear), and the caller's list spans every segment (a list per segment per probe, each
   * kept in a cache of its segment, was 251 typed arrays per probe at 10,000 reports).
   */
  uniteInto(range: TermRange, out: Int32Array, at: number, base: number): number {
    if (range.high - range.low === 1) {
      const written = this.copyOneInto(range.low, out, at, base);
      if (written !== -1) return written;
    }
    let size = 0;
    for (let i = range.low; i < range.high; i++) size += this.endOfList(i) - this.startOfList(i);
    const decoded = decodeBuffer(size);
    let count = 0;
    for (let i = range.low; i < range.high; i++) count = this.decodeInto(this.startOfList(i), this.endOfList(i), decoded, count);
    const marks = this.marks;
    let lowest = this.unitCount;
    let highest = -1;
    for (let k = 0; k < count; k++) {
      const unit = decoded[k]!;
      if (marks[unit] === 1) continue;
      // A unit outside the table (a damaged posting) is not marked, typed arrays ignore the write, and is refused below.
      marks[unit] = 1;
      if (unit < lowest) lowest = unit;
      if (unit > highest) highest = unit;
    }
    if (lowest < 0 || highest >= this.unitCount) {
      marks.fill(0);
      throw new RangeError(`a posting names a unit outside the segment's ${this.unitCount}`);
    }
    let written = at;
    for (let unit = lowest; unit <= highest; unit++) {
      if (marks[unit] === 0) continue;
      marks[unit] = 0;
      out[written++] = unit + base;
    }
    return written;
  }

  /**
   * Term i's list written into `out` from `at` as it decodes, plus `base`, when every unit is in
   * the segment and comes after the one before (a list is written ascending; only a damaged one is
   * not); else -1, for uniteInto's table of marks to refuse or repair it. A Chinese probe is a
   * bigram, one term per segment: at 10,000 reports `国际` lists 320,640 units in 251 segments, and
   * marking them in the table and reading the table back was most of the look-up.
   */
  private copyOneInto(i: number, out: Int32Array, at: number, base: number): number {
    const end = this.decodeInto(this.startOfList(i), this.endOfList(i), out, at);
    // More units than the segment has (a damaged list): `out` had no room for them all.
    if (end - at > this.unitCount) return -1;
    let previous = -1;
    for (let k = at; k < end; k++) {
      const unit = out[k]!;
      if (unit <= previous || unit >= this.unitCount) return -1;
      previous = unit;
      out[k] = unit + base;
    }
    return end;
  }

  /** Term i compared with `probe` by UTF-16 code units, in place (as `<` compares strings): negative, 0 or positive. */
  private compare(i: number, probe: string): number {
    const text = this.textOf(i);
    const start = this.startOf(i);
    const length = this.termStarts[i + 1]! - this.termStarts[i]!;
    const shared = Math.min(length, probe.length);
    for (let k = 0; k < shared; k++) {
      const difference = text.charCodeAt(start + k) - probe.charCodeAt(k);
      if (difference !== 0) return difference;
    }
    return length - probe.length;
  }

  /** Whether term i starts with `prefix`, compared in place. */
  private startsWith(i: number, prefix: string): boolean {
    if (this.termStarts[i + 1]! - this.termStarts[i]! < prefix.length) return false;
    const text = this.textOf(i);
    const start = this.startOf(i);
    for (let k = 0; k < prefix.length; k++) if (text.charCodeAt(start + k) !== prefix.charCodeAt(k)) return false;
    return true;
  }

  private decodeInto(start: number, end: number, out: Int32Array, at: number): number {
    return this.isHeld ? decodeHeldInto(this.postings, start, end, out, at) : decodePostingsInto(this.postings, start, end, out, at);
  }

  /** Where term i's list starts in the postings. */
  private startOfList(i: number): number {
    return this.postingStarts[this.listOf === undefined ? i : this.listOf[i]!]!;
  }

  /** Where term i's list ends in the postings. */
  private endOfList(i: number): number {
    return this.postingStarts[(this.listOf === undefined ? i : this.listOf[i]!) + 1]!;
  }

  /** The string term i is in. */
  private textOf(i: number): string {
    return i < this.narrowCount ? this.narrowTerms : this.wideTerms;
  }

  /** Where term i starts in its string (textOf). */
  private startOf(i: number): number {
    return i < this.narrowCount ? this.termStarts[i]! : this.termStarts[i]! - this.narrowTerms.length;
  }

  private firstAtOrAfter(probe: string): number {
    let low = 0;
    let high = this.termCount;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(middle, probe) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** The decoding buffer shared by every dictionary (a worker runs one look-up at a time), grown to hold `length` units. */
let sharedBuffer = new Int32Array(1024);
function decodeBuffer(length: number): Int32Array {
  if (sharedBuffer.length < length) sharedBuffer = new Int32Array(Math.max(length, sharedBuffer.length * 2));
  return sharedBuffer;
}

function isNarrow(term: string): boolean {
  for (let k = 0; k < term.length; k++) if (term.charCodeAt(k) > 0xff) return false;
  return true;
}

/** Where each of `parts` starts once they are joined, and where the last ends. */
function startsOf(parts: readonly string[]): Uint32Array {
  const starts = new Uint32Array(parts.length + 1);
  for (let i = 0; i < parts.length; i++) starts[i + 1] = starts[i]! + parts[i]!.length;
  return starts;
}
