/**
 * Pairing the units of two revisions, in passes from the surest evidence to the weakest, each
 * pass taking only units no earlier pass took:
 *
 * 1. same number, same kind, same text;
 * 2. same text elsewhere (first unpaired occurrence in document order: duplicates pair in order);
 * 3. similar text: candidates are pairs of the same kind with the same number and similarity at
 *    least MIN_SIMILARITY_SAME_NUMBER, or any number and at least MIN_SIMILARITY (found through
 *    a prefix filter, `likelyPartners`, rather than by comparing every pair); the same number
 *    adds SAME_NUMBER_BONUS to the score, and pairs are taken greedily, best score first (ties by
 *    old then new position), so "by number first, then by content" holds without letting a
 *    weak same-number match steal a paragraph whose real counterpart moved;
 * 4. splits and merges: a paired unit absorbs the unpaired units beside its partner that are
 *    mostly pieces of it (containment ≥ MIN_CONTAINMENT) while the likeness grows; then an
 *    unpaired unit takes a run of two or more consecutive unpaired pieces when together they
 *    reach MIN_SIMILARITY (a paragraph cut in three, no third alike enough alone).
 *
 * Units left over are added or removed. The result is the same for the same input.
 */
import type { Unit } from '../report/types';
import { containment, joinBags, similarity, wordBag, type WordBag } from './similarity';
import { similarityTokens } from './tokens';

/** Similarity (Dice) two paragraphs with different numbers need to count as one moved or renumbered paragraph. */
export const MIN_SIMILARITY = 0.5;
/** Similarity a paragraph needs with the one of the same number to count as changed rather than removed and added. */
export const MIN_SIMILARITY_SAME_NUMBER = 0.3;
/** Score added to a candidate pair with the same number: the numbering is evidence too. */
export const SAME_NUMBER_BONUS = 0.2;
/** Share of a piece's words its whole must hold for the piece to be part of a split or merge. */
export const MIN_CONTAINMENT = 0.6;

/** Old and new units (positions in their revisions, ascending) that are one paragraph in two revisions. */
export interface UnitGroup {
  readonly old: readonly number[];
  readonly new: readonly number[];
  readonly similarity: number;
}

interface Side {
  readonly units: readonly Unit[];
  readonly groupOf: Array<MutableGroup | undefined>;
  readonly bags: Array<WordBag | undefined>;
}

interface MutableGroup {
  old: number[];
  new: number[];
  similarity: number;
}

function bagOf(side: Side, index: number): WordBag {
  let bag = side.bags[index];
  if (bag === undefined) {
    bag = wordBag(similarityTokens(side.units[index]!.text));
    side.bags[index] = bag;
  }
  return bag;
}

function unpaired(side: Side): number[] {
  const free: number[] = [];
  side.groupOf.forEach((group, index) => {
    if (group === undefined) free.push(index);
  });
  return free;
}

/** Pairs the units of two revisions into groups (see the passes above); unpaired units are in no group. */
export function pairUnits(oldUnits: readonly Unit[], newUnits: readonly Unit[]): UnitGroup[] {
  const before: Side = { units: oldUnits, groupOf: oldUnits.map(() => undefined), bags: [] };
  const after: Side = { units: newUnits, groupOf: newUnits.map(() => undefined), bags: [] };
  const groups: MutableGroup[] = [];
  const pair = (o: number, n: number, score: number): void => {
    const group = { old: [o], new: [n], similarity: score };
    groups.push(group);
    before.groupOf[o] = group;
    after.groupOf[n] = group;
  };

  // 1. Same number, kind and text (a number names one unit of a report: its id is made of it).
  const newByNumber = new Map(newUnits.map((unit, index) => [unit.number, index]));
  oldUnits.forEach((unit, o) => {
    const n = newByNumber.get(unit.number);
    if (n !== undefined && after.groupOf[n] === undefined && newUnits[n]!.kind === unit.kind && newUnits[n]!.text === unit.text) pair(o, n, 1);
  });

  // 2. Same text anywhere, in document order.
  const newByText = new Map<string, number[]>();
  for (const n of unpaired(after)) {
    const key = `${newUnits[n]!.kind}\u0000${newUnits[n]!.text}`;
    const list = newByText.get(key);
    if (list === undefined) newByText.set(key, [n]);
    else list.push(n);
  }
  for (const o of unpaired(before)) {
    const n = newByText.get(`${oldUnits[o]!.kind}\u0000${oldUnits[o]!.text}`)?.shift();
    if (n !== undefined) pair(o, n, 1);
  }

  // 3. Similar text, the same number counting in favour.
  const candidates: Array<{ o: number; n: number; score: number; similarity: number }> = [];
  const freeOld = unpaired(before);
  const freeNew = unpaired(after);
  const others = likelyPartners(freeOld.map((o) => bagOf(before, o)), freeNew.map((n) => bagOf(after, n)));
  const freeNewByNumber = new Map(freeNew.map((n) => [newUnits[n]!.number, n]));
  freeOld.forEach((o, position) => {
    const oldUnit = oldUnits[o]!;
    const sameNumber = freeNewByNumber.get(oldUnit.number);
    const partners = new Set((others[position] ?? []).map((index) => freeNew[index]!));
    if (sameNumber !== undefined) partners.add(sameNumber);
    for (const n of [...partners].sort((a, b) => a - b)) {
      const newUnit = newUnits[n]!;
      if (newUnit.kind !== oldUnit.kind) continue;
      const isSameNumber = newUnit.number === oldUnit.number;
      const alike = similarity(bagOf(before, o), bagOf(after, n));
      if (alike >= MIN_SIMILARITY || (isSameNumber && alike >= MIN_SIMILARITY_SAME_NUMBER)) {
        candidates.push({ o, n, score: alike + (isSameNumber ? SAME_NUMBER_BONUS : 0), similarity: alike });
      }
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.o - b.o || a.n - b.n);
  for (const candidate of candidates) {
    if (before.groupOf[candidate.o] === undefined && after.groupOf[candidate.n] === undefined) {
      pair(candidate.o, candidate.n, candidate.similarity);
    }
  }

  // 4. Splits and merges.
  for (const group of [...groups]) {
    if (group.similarity < 1) {
      absorbPieces(group, before, after, 'new');
      absorbPieces(group, after, before, 'old');
    }
  }
  for (const o of unpaired(before)) gatherPieces(o, before, after, 'new', groups);
  for (const n of unpaired(after)) gatherPieces(n, after, before, 'old', groups);

  return groups
    .map((group) => ({ old: [...group.old].sort((a, b) => a - b), new: [...group.new].sort((a, b) => a - b), similarity: group.similarity }))
    .sort((a, b) => (a.new[0] ?? 0) - (b.new[0] ?? 0));
}

/** How many likely partners of each old unit are compared in full; the rest share fewer of its rarer words. */
export const MAX_PARTNERS = 8;

/**
 * For each old bag, the positions of the new bags that may reach MIN_SIMILARITY with it: those
 * sharing a word of its prefix, the prefix filter of set-similarity joins (Chaudhuri et al.,
 * ICDE 2006). Words are ordered rarest first; two sets with Jaccard ≥ j (Dice t ↔ j = t/(2−t))
 * share a word among the first |A| − ⌈j·|A|⌉ + 1 of each. Of those, the MAX_PARTNERS sharing
 * the most prefix words (ties by position) are compared in full. Counted over distinct words, so
 * a pair alike only through many repeats of few words may be missed (it then reads as removed
 * and added); in exchange a revision in which every paragraph changed no longer compares every
 * paragraph with every other.
 */
function likelyPartners(oldBags: readonly WordBag[], newBags: readonly WordBag[]): number[][] {
  // Each distinct word gets its rank, rarest first (ties in code-unit order), once: sorting each
  // bag's ranks as numbers is much cheaper than sorting its words with a comparator that looks
  // up two frequencies per comparison, which was most of the diff's time on a long report.
  const frequency = new Map<string, number>();
  for (const bag of [...oldBags, ...newBags]) for (const word of bag.counts.keys()) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const words = [...frequency.keys()].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(words.map((word, index) => [word, index]));
  const jaccard = MIN_SIMILARITY / (2 - MIN_SIMILARITY);
  const prefix = (bag: WordBag): Int32Array => {
    const ranks = Int32Array.from(bag.counts.keys(), (word) => rank.get(word)!).sort();
    return ranks.subarray(0, Math.max(1, ranks.length - Math.ceil(jaccard * ranks.length) + 1));
  };
  const byWord: number[][] = words.map(() => []);
  newBags.forEach((bag, index) => {
    for (const word of prefix(bag)) byWord[word]!.push(index);
  });
  const shared = new Int32Array(newBags.length);
  return oldBags.map((bag) => {
    const touched: number[] = [];
    for (const word of prefix(bag)) {
      for (const index of byWord[word]!) {
        if (shared[index] === 0) touched.push(index);
        shared[index] = shared[index]! + 1;
      }
    }
    const best = touched.sort((a, b) => shared[b]! - shared[a]! || a - b).slice(0, MAX_PARTNERS);
    for (const index of touched) shared[index] = 0;
    return best;
  });
}

/**
 * Grows a one-to-one group into a split (`pieces` = 'new') or a merge ('old'): the unpaired
 * units right before and after its piece that are mostly made of the whole's words join it
 * while the whole and the pieces grow more alike.
 */
function absorbPieces(group: MutableGroup, wholeSide: Side, pieceSide: Side, pieces: 'old' | 'new'): void {
  const wholes = pieces === 'new' ? group.old : group.new;
  const parts = pieces === 'new' ? group.new : group.old;
  if (wholes.length !== 1 || parts.length !== 1) return;
  const whole = wholes[0]!;
  const wholeBag = bagOf(wholeSide, whole);
  const kind = wholeSide.units[whole]!.kind;
  const fits = (index: number): boolean =>
    index >= 0 &&
    index < pieceSide.units.length &&
    pieceSide.groupOf[index] === undefined &&
    pieceSide.units[index]!.kind === kind &&
    containment(bagOf(pieceSide, index), wholeBag) >= MIN_CONTAINMENT;
  let best = group.similarity;
  for (const step of [1, -1]) {
    for (let index = parts[0]! + step; fits(index); index += step) {
      const next = similarity(wholeBag, joinBags([...parts, index].map((part) => bagOf(pieceSide, part))));
      if (next <= best) break;
      best = next;
      parts.push(index);
      pieceSide.groupOf[index] = group;
    }
    parts.sort((a, b) => a - b);
  }
  group.similarity = best;
}

/** An unpaired unit that became (or came from) a run of two or more consecutive unpaired pieces. */
function gatherPieces(whole: number, wholeSide: Side, pieceSide: Side, pieces: 'old' | 'new', groups: MutableGroup[]): void {
  const wholeBag = bagOf(wholeSide, whole);
  const kind = wholeSide.units[whole]!.kind;
  let best: { run: number[]; similarity: number } | undefined;
  let run: number[] = [];
  const closeRun = (): void => {
    if (run.length >= 2) {
      const alike = similarity(wholeBag, joinBags(run.map((part) => bagOf(pieceSide, part))));
      if (alike >= MIN_SIMILARITY && (best === undefined || alike > best.similarity)) best = { run, similarity: alike };
    }
    run = [];
  };
  for (let index = 0; index < pieceSide.units.length; index++) {
    const isPiece =
      pieceSide.groupOf[index] === undefined &&
      pieceSide.units[index]!.kind === kind &&
      containment(bagOf(pieceSide, index), wholeBag) >= MIN_CONTAINMENT;
    if (isPiece) run.push(index);
    else closeRun();
  }
  closeRun();
  if (best === undefined) return;
  const group: MutableGroup =
    pieces === 'new' ? { old: [whole], new: best.run, similarity: best.similarity } : { old: best.run, new: [whole], similarity: best.similarity };
  groups.push(group);
  wholeSide.groupOf[whole] = group;
  for (const index of best.run) pieceSide.groupOf[index] = group;
}
