/**
 * The segments of the search index seen as one collection: units are numbered across segments
 * (segment after segment, each in its own order), deleted units are masked out (Lucene's live
 * docs) until a merge drops them, and the statistics ranking needs (live unit count, average
 * length) are kept over the whole collection, so a hit's score never depends on its segment.
 */
import type { IndexedUnit } from './indexedUnit';
import { nextMerge } from './mergePolicy';
import { nameAliasesOf, type NameAliases } from './nameAliases';
import type { SearchSegment } from './searchSegment';
import { mergeSegments } from './segmentMerge';
import type { TermRange } from './termDictionary';
import { UnitTexts } from './unitText';
import { wordFormMarker } from './wordForms';

/** More distinct terms than this behind one probe in a segment (`a`, `1`): cheaper to scan its units. */
const maxTermsPerProbe = 400;
const maxCachedProbes = 512;
/** Units all cached probes may list together (4 bytes each): a probe at 10,000 reports can list 100,000s. */
const maxCachedUnits = 8_000_000;
/** Where lookUp writes a probe's units before copying them out: kept, as a worker runs one look-up at a time. */
let lookUpBuffer = new Int32Array(1024);

/**
 * A probe's units over the first `covered` segments. Segments are only ever appended (merges
 * renumber, and clear the cache), so an entry stays true for those segments and is extended by
 * the segments added since: a probe looked up while the library loads is not looked up again
 * in every segment once it is in, as Lucene's caches are kept per segment.
 */
interface CachedProbe {
  readonly units: Int32Array | null;
  readonly covered: number;
}

interface Placed {
  readonly segment: SearchSegment;
  /** A segment the build grouped: compacted, never merged with another (mergePolicy.ts). */
  readonly isSealed: boolean;
  /** Collection number of the segment's first unit. */
  base: number;
  deleted: number;
}

export class SegmentedIndex {
  readonly texts = new UnitTexts();
  private placed: Placed[] = [];
  private deleted = new Uint8Array(64);
  private live = 0;
  private liveLength = 0;
  /**
   * Every name group of every segment ever added, each once: they name entities, which outlive
   * one document, so merging (which keeps them) and deletion never take one away. Kept as
   * segments come, not gathered from the segments per change: each bundled segment carries the
   * same groups, and gathering them again after each of 50 segments cost a query 20 ms at 1,000 reports.
   */
  private readonly nameGroups: Array<readonly string[]> = [];
  private readonly nameGroupKeys = new Set<string>();
  private nameAliases: NameAliases | undefined;
  private readonly probeCache = new Map<string, CachedProbe>();
  private cachedUnits = 0;
  private formLanguages: ReadonlySet<string> | undefined;
  private renumberings = 0;

  /** Live units. */
  get unitCount(): number {
    return this.live;
  }

  /** The live units' text lengths summed (BM25's average length is taken over a collection's: CollectionStatistics). */
  get liveTextLength(): number {
    return this.liveLength;
  }

  /** Every name group its segments brought, each once, in the order they came. */
  get nameGroupList(): ReadonlyArray<readonly string[]> {
    return this.nameGroups;
  }

  get segmentCount(): number {
    return this.placed.length;
  }

  /** How many times units were renumbered (a merge dropping deleted units): numbers given before a change are another unit's after it. */
  get numberingVersion(): number {
    return this.renumberings;
  }

  /** Units numbered so far, deleted ones included: collection numbers run from 0 to this. */
  get numbered(): number {
    return this.texts.count;
  }

  unitAt(n: number): IndexedUnit {
    return this.texts.unitAt(n);
  }

  isLive(n: number): boolean {
    return this.deleted[n] === 0;
  }

  /** Appends a segment: its units take the next collection numbers. A sealed segment is never merged with another. */
  add(segment: SearchSegment, isSealed = false): void {
    const base = this.texts.count;
    this.texts.append(segment.units);
    this.ensureCapacity(this.texts.count);
    this.placed.push({ segment, base, deleted: 0, isSealed });
    for (const group of segment.nameGroups) {
      const key = JSON.stringify(group);
      if (this.nameGroupKeys.has(key)) continue;
      this.nameGroupKeys.add(key);
      this.nameGroups.push(group);
      this.nameAliases = undefined;
    }
    this.live += segment.units.length;
    for (const unit of segment.units) this.liveLength += unit.length;
    // Cached probes stay true for the segments before this one (CachedProbe).
    this.formLanguages = undefined;
  }

  /** Masks out every live unit of these reports; returns how many were masked. */
  removeReports(reportIds: ReadonlySet<string>): number {
    let removed = 0;
    for (const placed of this.placed) {
      const { units } = placed.segment;
      for (let local = 0; local < units.length; local++) {
        const n = placed.base + local;
        const unit = units[local]!;
        if (this.deleted[n] === 1 || !reportIds.has(unit.reportId)) continue;
        this.deleted[n] = 1;
        placed.deleted++;
        this.live--;
        this.liveLength -= unit.length;
        removed++;
      }
    }
    return removed;
  }

  /** Compacts the postings of the next segment whose postings are not (TermDictionary.compact); false once none is left. */
  compactNextDictionary(): boolean {
    const next = this.placed.find((placed) => !placed.segment.dictionary.isCompact);
    next?.segment.dictionary.compact();
    return this.placed.some((placed) => !placed.segment.dictionary.isCompact);
  }

  /** One merge chosen by the merge policy; false when there is nothing to merge. */
  mergeStep(): boolean {
    const chosen = nextMerge(this.placed.map((placed) => ({ units: placed.segment.units.length, deleted: placed.deleted, isSealed: placed.isSealed })));
    if (chosen === undefined) return false;
    const inputs = this.placed.slice(chosen.start, chosen.end);
    const first = inputs[0]!.base;
    const last = inputs[inputs.length - 1]!;
    const end = last.base + last.segment.units.length;
    const merged = mergeSegments(
      inputs.map((placed) => ({ segment: placed.segment, isLive: (local: number) => this.deleted[placed.base + local] === 0 })),
    );
    // Renumber: units before the merged range keep their numbers, the merged range keeps its live
    // units in order, and everything after shifts down by the deleted units dropped.
    const dropped = end - first - merged.units.length;
    if (dropped > 0) this.dropDeleted(first, end);
    // A sealed segment is only ever compacted alone, and stays sealed.
    const isSealed = inputs.some((placed) => placed.isSealed);
    const replacement: Placed[] = merged.units.length === 0 ? [] : [{ segment: merged, base: first, deleted: 0, isSealed }];
    const after = this.placed.slice(chosen.end);
    for (const placed of after) placed.base -= dropped;
    this.placed = [...this.placed.slice(0, chosen.start), ...replacement, ...after];
    this.segmentsMerged();
    return true;
  }

  /**
   * Takes the deleted units of [first, end) out of the collection's numbering, with their texts.
   * Only a merge that drops units does: one of live segments alone (imports pairing up) keeps
   * every number, and renumbering the texts there walked every unit of the library and made the
   * background prepare them all again, per merge: at a start with 600 imported documents of 66
   * Chinese paragraphs, the 599 merges took 24.2–24.8 s in Node, 9.7–10.6 s without it.
   */
  private dropDeleted(first: number, end: number): void {
    const isKept = (n: number): boolean => n < first || n >= end || this.deleted[n] === 0;
    const numbered = this.texts.count;
    this.texts.retain(isKept);
    const deleted = new Uint8Array(this.deleted.length);
    let to = 0;
    for (let n = 0; n < numbered; n++) if (isKept(n)) deleted[to++] = this.deleted[n]!;
    this.deleted = deleted;
    this.renumberings++;
  }

  /**
   * Units with a term that starts with `probe`, ascending collection numbers (deleted ones
   * included: verification skips them); null when every segment has too many such terms.
   */
  unitsFor(probe: string): Int32Array | null {
    const cached = this.probeCache.get(probe);
    if (cached !== undefined) {
      this.probeCache.delete(probe);
      this.cachedUnits -= cached.units?.length ?? 0;
    }
    const entry = cached !== undefined && cached.covered === this.placed.length ? cached : this.lookUp(probe, cached);
    this.probeCache.set(probe, entry);
    this.cachedUnits += entry.units?.length ?? 0;
    for (const [oldest, dropped] of this.probeCache) {
      if (this.probeCache.size <= maxCachedProbes && this.cachedUnits <= maxCachedUnits) break;
      if (oldest === probe) break;
      this.probeCache.delete(oldest);
      this.cachedUnits -= dropped.units?.length ?? 0;
    }
    return entry.units;
  }

  /**
   * Whether a term of any segment starts with `probe`: a binary search per segment (or the cache),
   * no posting read. A probe no term starts with proposes no unit, whatever the others do.
   */
  hasTermsFor(probe: string): boolean {
    const cached = this.probeCache.get(probe);
    if (cached !== undefined && cached.covered === this.placed.length) return cached.units === null || cached.units.length > 0;
    return this.placed.some(({ segment }) => {
      const { low, high } = segment.dictionary.prefixRange(probe, 0);
      return high > low;
    });
  }

  /** Units indexed under exactly this term (a word-form term), ascending collection numbers. */
  unitsForTerm(term: string): Int32Array {
    return this.concatenate(this.placed.map((placed) => placed.segment.dictionary.unitsForTerm(term)));
  }

  /** Other-language names of the collection's entities (made again on the first query after new name groups came). */
  names(): NameAliases {
    this.nameAliases ??= nameAliasesOf(this.nameGroups);
    return this.nameAliases;
  }

  /** Whether any segment holds word-form terms of this language. */
  hasWordForms(language: string): boolean {
    // Made again after a change of segments, on the next query (not per add: a start-up adds thousands).
    this.formLanguages ??= new Set(this.placed.flatMap((placed) => placed.segment.dictionary.wordFormLanguages(wordFormMarker)));
    return this.formLanguages.has(language);
  }

  /**
   * The probe's units: those `known` lists (its first segments), and the later segments' looked
   * up. An entry that lists no unit (every segment scanned) is looked up again whole: a scanned
   * segment costs a binary search, and its units are then written as its range. The segments'
   * units are written into one buffer kept between look-ups, then copied out once.
   */
  private lookUp(probe: string, cached: CachedProbe | undefined): CachedProbe {
    const known = cached?.units === null ? undefined : cached;
    const from = known?.covered ?? 0;
    const covered = this.placed.length;
    const ranges = this.placed.slice(from).map((placed) => placed.segment.dictionary.prefixRange(probe, maxTermsPerProbe));
    // Too many terms in a segment: scan its units instead (verification decides).
    const isScanned = (range: TermRange): boolean => range.high - range.low > maxTermsPerProbe;
    if (known === undefined && covered > 0 && ranges.every(isScanned)) return { units: null, covered };
    const head = known?.units ?? undefined;
    let room = head?.length ?? 0;
    for (let s = from; s < covered; s++) room += this.placed[s]!.segment.units.length;
    if (lookUpBuffer.length < room) lookUpBuffer = new Int32Array(Math.max(room, lookUpBuffer.length * 2));
    const out = lookUpBuffer;
    if (head !== undefined) out.set(head);
    let at = head?.length ?? 0;
    ranges.forEach((range, s) => {
      const { base, segment } = this.placed[from + s]!;
      if (!isScanned(range)) at = segment.dictionary.uniteInto(range, out, at, base);
      else for (let local = 0; local < segment.units.length; local++) out[at++] = base + local;
    });
    return { units: out.slice(0, at), covered };
  }

  /** Each segment's local list (one per segment, in order), shifted to collection numbers and joined: already in order. */
  private concatenate(lists: readonly Int32Array[]): Int32Array {
    let total = 0;
    for (const list of lists) total += list.length;
    const out = new Int32Array(total);
    let at = 0;
    lists.forEach((list, s) => {
      const { base } = this.placed[s]!;
      for (let i = 0; i < list.length; i++) out[at++] = list[i]! + base;
    });
    return out;
  }

  private ensureCapacity(count: number): void {
    if (count <= this.deleted.length) return;
    const grown = new Uint8Array(Math.max(count, this.deleted.length * 2));
    grown.set(this.deleted);
    this.deleted = grown;
  }

  /** Drops every cached probe (SegmentedSearchEngine.forgetQueries). */
  forgetProbes(): void {
    this.probeCache.clear();
    this.cachedUnits = 0;
  }

  /** Segments merged: a cached probe counts the segments it covers (CachedProbe), and numbers may have changed. */
  private segmentsMerged(): void {
    this.forgetProbes();
    this.formLanguages = undefined;
  }
}
