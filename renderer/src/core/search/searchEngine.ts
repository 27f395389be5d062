/**
 * Search over the index's segments (segmentedIndex.ts): the index proposes candidate units from
 * probes of the query, the text of each candidate decides how it matches (matchUnit.ts, in the
 * first pass of firstPass.ts), and only the page of hits asked for gets snippets and highlights.
 * Segments come from buildSearchIndex (searchSegment.ts reads them without lunr.Index.load) and
 * are merged by mergeStep. Every statistic a score uses (document frequency of a clause over the
 * live matching units, live unit count, average length) is taken over the whole collection, so a
 * hit's rank and score do not depend on which segment holds it. A search is two phases, verify
 * (the first pass, which counts those statistics) then rank, which takes them as given: engines
 * that each hold part of one collection rank with theirs added up (shardedSearch.ts).
 *
 * Ranking, in order: units that contain the whole query (verbatim, then folded, then as an
 * equivalent identifier or name), then by how many words they contain in any form, then by how
 * many they contain as typed (or folded, or as an alias) rather than as another word form
 * (`drill` for `drills`), then by how many words have all their index terms without being
 * contiguous (网络…安全), then BM25 over the matched words.
 */
import { codePointLength } from '../notes/textOffsets';
import type { Unit } from '../report/types';
import { clauseKey, clauseMatchesOf, type ClauseMatches } from './clauseMatches';
import { verifyCandidates, type PieceCursors } from './firstPass';
import { highlightRanges, makeSnippet } from './highlights';
import { IndexedUnit } from './indexedUnit';
import { containsThreshold, PieceMatches } from './matchUnit';
import { intersectPostings, PostingCursors, unionPostings } from './postings';
import { parseQuery, scatteredStrength, wordFormStrength, type Clause, type ParsedQuery, type Spelling } from './queryModel';
import type { SerializedSearchIndex } from './searchIndexFormat';
import { readSegment } from './searchSegment';
import { SegmentedIndex } from './segmentedIndex';
import { selectTop } from './topHits';
import type { SearchHit, SearchOptions, SearchResult, UnitNarrowing, UnitNumbering } from './types';
import type { UnitTexts } from './unitText';

export interface SearchEngine {
  /** Finds the units matching raw user input; never throws on any input. */
  search(query: string, options?: SearchOptions, narrowing?: UnitNarrowing): SearchResult;
  /** Number of indexed units (live ones: removed reports do not count). */
  readonly unitCount: number;
  /** The units by the numbers narrowing is given; another one after units are renumbered. */
  readonly numbering: UnitNumbering;
}

/**
 * What a query's scores take from the collection: BM25's document frequencies, unit count and
 * average length. An engine's own (a query's first pass counts them), or several engines' added
 * up (sumStatistics in shardedSearch.ts), so that a hit scores the same whichever engine holds
 * it, as Elasticsearch's dfs_query_then_fetch gathers its shards' statistics before any scores.
 * Plain data: it can cross between threads.
 */
export interface CollectionStatistics {
  /** Live units. */
  readonly unitCount: number;
  /** Their text lengths summed. */
  readonly totalLength: number;
  /** Per clause of the query: the live matching units that contain it in some form. */
  readonly documentFrequency: readonly number[];
}

/** A query's first pass (SegmentedSearchEngine.verify), waiting to be ranked. */
export interface VerifiedQuery {
  readonly query: ParsedQuery;
  /** Matching units, narrowing applied. */
  readonly total: number;
  /** This engine's statistics for the query. */
  readonly statistics: CollectionStatistics;
}

/** Units whose texts one prepareStep makes: about a millisecond of work, so that a query never waits long behind one. */
const unitsPerPrepareStep = 100;

// BM25 constants, the usual ones (lunr uses the same).
const k1 = 1.2;
const b = 0.75;

export interface SegmentOptions {
  /** A segment grouped by the build (bundled): compacted when it loses units, never merged with another. */
  readonly isSealed?: boolean;
}

export interface SegmentedSearchEngine extends SearchEngine {
  /**
   * Adds one segment (a SerializedSearchIndex built by buildSearchIndex) with the units it names;
   * never re-indexes. Returns the units as the index now keeps them, in the order given: a caller
   * that must go on listing them keeps these, not the units given, whose texts the index lets go.
   */
  addSegment(units: readonly Unit[], segment: SerializedSearchIndex, options?: SegmentOptions): readonly IndexedUnit[];
  /**
   * Removes every unit of these reports from search at once (a deletion mask, as Lucene's live
   * docs). Replacing a report: remove it first, then add its new segment.
   */
  removeReports(reportIds: readonly string[]): void;
  /**
   * A query's first pass alone: every candidate verified, narrowing applied, the statistics
   * counted. search is verify, then rank with the engine's own statistics; an engine that holds
   * part of a collection is ranked with the whole collection's instead.
   */
  verify(query: ParsedQuery, options?: SearchOptions, narrowing?: UnitNarrowing): VerifiedQuery;
  /**
   * Scores a verified query's matches with `collection`'s statistics and gives the best `limit`
   * (every match when absent), best first, ties in unit order. Only the last query verified can
   * be ranked, and only while the index is unchanged since: its rows are the engine's working
   * arrays, which the next one writes. Throws otherwise.
   */
  rank(verified: VerifiedQuery, collection: CollectionStatistics, limit?: number): SearchResult;
  /** Whether rank can rank this verified query now (it is the last verified, and the index is unchanged since). */
  canRank(verified: VerifiedQuery): boolean;
  /** Every name group the engine's segments brought (a query's other-language names: nameAliases.ts). */
  readonly nameGroups: ReadonlyArray<readonly string[]>;
  /** One bounded step of background merging (merges the smallest segments, drops deleted units); false when nothing is left to do. */
  mergeStep(): boolean;
  /**
   * Normalises and folds the texts of a bounded batch of units ahead of queries (verification
   * otherwise does it the first time a query meets a unit) and compacts them; once every unit is,
   * compacts one segment's postings per step. False once all is done.
   */
  prepareStep(): boolean;
  /**
   * Sizes the working arrays of a query for a one-word query over every unit now indexed, ahead of
   * queries (once a library is loaded), instead of by the first broad queries a delegate types. At
   * 10,000 reports they are 22 MB outside the heap, which the first keystrokes allocated and wrote:
   * that much new memory made V8 collect the whole heap (a 79 ms pause in Node, 533 → 268 MB)
   * inside the second query's keystroke. Each new array is written once here, so that its pages
   * are the process's before a query writes them.
   */
  reserveWorkingArrays(): void;
  /**
   * Drops what earlier queries left to later ones (the last result, its clauses' matches, the
   * probes looked up): after a warm-up, so that the delegate's first queries find none of it.
   */
  forgetQueries(): void;
  readonly segmentCount: number;
}

/** Per piece of the query: the units the index proposes, or null for "all, scan them". */
type CandidateSet = Int32Array | null;

/** A query's working arrays (SegmentedEngine.scratchFor). */
interface Scratch {
  readonly matches: PieceMatches;
  readonly matched: Int32Array;
  readonly scores: Float64Array;
}

class SegmentedEngine implements SegmentedSearchEngine {
  private readonly index = new SegmentedIndex();
  /**
   * Two sets of working arrays, used by turns: the last query's clause matches are views of its
   * rows (clauseMatches.ts), which the next query reads while it writes its own into the other set.
   */
  private readonly scratches: [Scratch, Scratch] = [emptyScratch(), emptyScratch()];
  private turn: 0 | 1 = 0;
  /**
   * The last result given without narrowing, given again for the same query while the index is
   * unchanged: a space typed between two words (`ITU-T ` on the way to `ITU-T X.509`) asks the
   * query before it again, 80–155 ms of verification at 10,000 reports.
   */
  private last: { readonly key: string; readonly result: SearchResult } | undefined;
  /** The last query's clauses' matches, by clauseKey (clauseMatches.ts); let go with `last`. */
  private clauseMatches = new Map<string, ClauseMatches>();
  private currentNumbering = numberingOf(this.index);
  /**
   * The last query's cursors, kept only so that an instance of PostingCursors (and its map) stays
   * alive between queries. V8 holds the map of a class's instances weakly: once no instance was
   * left, a garbage collection between two keystrokes dropped the map, and with it the optimised
   * verification code that read cursors (verifyOneWord, matchSpellings, the cursors' has), so the
   * next query ran unoptimised until compiled again (`--trace-deopt`: "weak objects"). The warm-up
   * (warmUpQueries.ts) was lost so before the first keystroke: 10,000 reports, Node, first `S`
   * 145–201 ms in seven runs without, 128–143 in five runs of six with (one 224).
   */
  private lastCursors: PieceCursors | undefined;
  /** The last query verified, the only one rank accepts; let go when the index changes. */
  private latest: Verified | undefined;

  get unitCount(): number {
    return this.index.unitCount;
  }

  get segmentCount(): number {
    return this.index.segmentCount;
  }

  get numbering(): UnitNumbering {
    return this.currentNumbering;
  }

  get nameGroups(): ReadonlyArray<readonly string[]> {
    return this.index.nameGroupList;
  }

  addSegment(units: readonly Unit[], segment: SerializedSearchIndex, options: SegmentOptions = {}): readonly IndexedUnit[] {
    const indexed = IndexedUnit.of(units);
    this.index.add(readSegment(indexed, segment), options.isSealed === true);
    this.changed();
    return indexed;
  }

  removeReports(reportIds: readonly string[]): void {
    this.index.removeReports(new Set(reportIds));
    this.changed();
  }

  mergeStep(): boolean {
    const numberingBefore = this.index.numberingVersion;
    const hasMerged = this.index.mergeStep();
    if (hasMerged) this.changed();
    // A merge that drops deleted units renumbers the units after them (numbers also break ties
    // between equal scores); one of live segments alone keeps every number, and the facets' places by number.
    if (this.index.numberingVersion !== numberingBefore) this.currentNumbering = numberingOf(this.index);
    return hasMerged;
  }

  forgetQueries(): void {
    this.changed();
    this.index.forgetProbes();
  }

  /** The index changed: what was kept of earlier queries no longer holds. */
  private changed(): void {
    this.last = undefined;
    this.latest = undefined;
    this.clauseMatches.clear();
  }

  prepareStep(): boolean {
    return this.index.texts.prepareNext(unitsPerPrepareStep) || this.index.compactNextDictionary();
  }

  search(raw: string, options: SearchOptions = {}, narrowing: UnitNarrowing = {}): SearchResult {
    const query = parseQuery(raw, this.index.names());
    if (query.clauses.length === 0) return { hits: [], total: 0 };
    if (narrowing.keeps !== undefined || narrowing.onMatch !== undefined) return this.run(query, options, narrowing);
    // The parse is the query's meaning: `ITU-T ` and `ITU-T` are one query.
    const key = JSON.stringify([query.normalized, options.limit ?? null, options.reportIds ?? null]);
    if (this.last?.key !== key) this.last = { key, result: this.run(query, options, narrowing) };
    return this.last.result;
  }

  private run(query: ParsedQuery, options: SearchOptions, narrowing: UnitNarrowing): SearchResult {
    const verified = this.verify(query, options, narrowing);
    return this.rank(verified, verified.statistics, options.limit);
  }

  verify(query: ParsedQuery, options: SearchOptions = {}, narrowing: UnitNarrowing = {}): VerifiedQuery {
    if (query.clauses.length === 0) {
      const none = emptyScratch();
      this.latest = new Verified(query, 0, this.statisticsWith([]), none.matches, none.matched, none.scores);
      return this.latest;
    }
    const isMultiWord = query.clauses.length > 1;
    const clauseKeys = query.clauses.map((clause) => clauseKey(clause, options.reportIds));
    const known = clauseKeys.map((key) => this.clauseMatches.get(key));
    // Kept again once this query's rows are written: a query that stopped midway keeps none.
    this.clauseMatches = new Map();

    // A known clause needs no candidates of its own: its matched units stand for them.
    const formSets = query.clauses.map((clause, c) => (known[c] === undefined ? this.candidatesOfWordForms(clause) : new Int32Array(0)));
    const spellingSets = query.clauses.map((clause, c) => (known[c] === undefined ? this.candidatesOfSpellings(clause.spellings) : []));
    const clauseSets = spellingSets.map((sets, c) => {
      const knownUnits = known[c]?.units;
      if (knownUnits !== undefined) return knownUnits;
      const set = uniteCandidates(sets);
      const forms = formSets[c]!;
      return set === null || forms.length === 0 ? set : unionPostings([set, forms]);
    });
    const wholeSpellingSets = isMultiWord ? typedWholeNarrowed(this.candidatesOfSpellings(query.whole), clauseSets, known) : [];
    const wholeSet = isMultiWord ? uniteCandidates(wholeSpellingSets) : null;
    const pieceSets = isMultiWord ? [...clauseSets, wholeSet] : clauseSets;
    // Null: every unit is a candidate (a piece the index cannot narrow), walked without a list of them.
    const candidates = pieceSets.some((set) => set === null) ? null : unionPostings(pieceSets.filter((set): set is Int32Array => set !== null));
    const candidateCount = candidates === null ? this.index.numbered : candidates.length;

    // Candidates are verified in ascending order, so membership is a cursor per set.
    const cursors: PieceCursors = {
      clauses: new PostingCursors(clauseSets),
      forms: new PostingCursors(formSets),
      proposed: spellingSets.map((sets) => new PostingCursors(sets)),
      whole: new PostingCursors([wholeSet]),
      wholeProposed: new PostingCursors(wholeSpellingSets),
    };
    // First pass: how each candidate matches each piece (slots: clauses, then the whole query).
    // Scoring needs every clause's document frequency, so it waits for the second pass.
    const clauseCount = query.clauses.length;
    const width = clauseCount + 1;
    const { matches, matched, scores } = this.scratchFor(candidateCount, width);
    const documentFrequency = new Int32Array(clauseCount);
    const scope = options.reportIds === undefined ? null : new Set(options.reportIds);
    const verified = verifyCandidates({ index: this.index, candidates, candidateCount, scope, query, known, cursors, matches, matched, documentFrequency });
    this.lastCursors = cursors;
    const matchedCount = this.narrow({ matches, matched, matchedCount: verified, width }, narrowing);
    // Every clause's matches, known or verified, are in this query's rows, unless narrowing moved them.
    const areRowsWhole = matchedCount === verified;
    this.clauseMatches = new Map(areRowsWhole ? clauseKeys.map((key, c) => [key, clauseMatchesOf(matches, matched, verified, width, c)]) : []);

    this.latest = new Verified(query, matchedCount, this.statisticsWith(Array.from(documentFrequency)), matches, matched, scores);
    return this.latest;
  }

  /** This engine's statistics for a query whose clauses have these document frequencies. */
  private statisticsWith(documentFrequency: readonly number[]): CollectionStatistics {
    return { unitCount: this.index.unitCount, totalLength: this.index.liveTextLength, documentFrequency };
  }

  canRank(verified: VerifiedQuery): boolean {
    return this.latest !== undefined && verified === this.latest;
  }

  rank(verified: VerifiedQuery, collection: CollectionStatistics, limit?: number): SearchResult {
    const latest = this.latest;
    if (latest === undefined || !this.canRank(verified)) throw new Error('only the last query verified can be ranked, and only while the index is unchanged');
    const { query, total: matchedCount, matches, matched, scores } = latest;
    const clauseCount = query.clauses.length;
    const width = clauseCount + 1;
    const { unitCount } = collection;
    const idf = Float64Array.from(collection.documentFrequency, (df) => {
      const clamped = Math.max(1, df);
      return Math.log(1 + (unitCount - clamped + 0.5) / (clamped + 0.5));
    });
    const averageLength = unitCount === 0 ? 1 : collection.totalLength / unitCount;
    scoreRows(this.index.texts, averageLength, { matches, matched, matchedCount, clauseCount, idf, scores });
    const order = selectTop(scores, matched, matchedCount, limit ?? matchedCount);
    const hits = order.map((i) =>
      this.hit(matched[i]!, scores[i]!, matches.strengths[i * width + clauseCount]! >= containsThreshold, query),
    );
    return { hits, total: matchedCount };
  }

  /**
   * Facets' narrowing, after the first pass: `onMatch` is given every matching unit's number, and
   * only the rows of the units `keeps` keeps stay, in order. Term statistics were counted before it.
   */
  private narrow(rows: { matches: PieceMatches; matched: Int32Array; matchedCount: number; width: number }, narrowing: UnitNarrowing): number {
    const { matches, matched, matchedCount, width } = rows;
    const { keeps, onMatch } = narrowing;
    if (keeps === undefined && onMatch === undefined) return matchedCount;
    let kept = 0;
    for (let i = 0; i < matchedCount; i++) {
      const n = matched[i]!;
      onMatch?.(n);
      if (keeps !== undefined && !keeps(n)) continue;
      if (kept !== i) {
        matched[kept] = matched[i]!;
        matches.strengths.copyWithin(kept * width, i * width, (i + 1) * width);
        matches.counts.copyWithin(kept * width, i * width, (i + 1) * width);
      }
      kept++;
    }
    return kept;
  }

  private hit(n: number, score: number, isExact: boolean, query: ParsedQuery): SearchHit {
    const unit = this.index.unitAt(n).toUnit();
    const { ranges, best } = highlightRanges(unit.text, query);
    return { unit, score, snippet: makeSnippet(unit.text, ranges, best), highlights: ranges, isExact };
  }

  private candidatesOfWordForms(clause: Clause): Int32Array {
    const lists = clause.wordForms
      .filter((form) => this.index.hasWordForms(form.language))
      .map((form) => this.index.unitsForTerm(form.term))
      .filter((list) => list.length > 0);
    return lists.length === 0 ? new Int32Array(0) : unionPostings(lists);
  }

  /** Per spelling, the units the index proposes for it. */
  private candidatesOfSpellings(spellings: readonly Spelling[]): CandidateSet[] {
    return spellings.map((spelling) => this.candidatesOfProbes(spelling.probes));
  }

  private candidatesOfProbes(probes: readonly string[]): CandidateSet {
    const lists: Int32Array[] = [];
    // A one-character probe (`1` of `sg-1`, `t` of `itu-t`) is the start of a term in most units:
    // it hardly narrows a longer probe's units, and looking it up cost more than verifying the few
    // more candidates (`SG-1` at 10,000 reports: 108 → 63 ms, median of three, in Node).
    const hasLonger = probes.some((probe) => codePointLength(probe) > 1);
    const looked = hasLonger ? probes.filter((probe) => codePointLength(probe) > 1) : probes;
    // A probe no term starts with leaves no candidate: asked first, before any list is read.
    // `ITU` has ten other names, some absent from a library (`信联` of 国际电信联盟): reading the
    // lists of their other probes cost its first keystroke 10–13 ms at 10,000 reports.
    if (looked.some((probe) => !this.index.hasTermsFor(probe))) return new Int32Array(0);
    for (const probe of looked) {
      const units = this.index.unitsFor(probe);
      if (units !== null) lists.push(units);
    }
    // No probe could narrow the search: only punctuation, or only very common prefixes.
    if (lists.length === 0) return null;
    lists.sort((x, y) => x.length - y.length);
    let result = lists[0]!;
    for (let i = 1; i < lists.length && result.length > 0; i++) result = intersectPostings(result, lists[i]!);
    return result;
  }

  reserveWorkingArrays(): void {
    const rows = this.index.numbered;
    // A one-word query's row: its clause's slot, then the whole query's.
    const slots = rows * 2;
    this.scratches.forEach((scratch, turn) => {
      // Only arrays too small are replaced, and only new ones written: the last query's clause
      // matches, which the next query reads, are views of one set's rows.
      this.scratches[turn] = {
        matched: scratch.matched.length >= rows ? scratch.matched : new Int32Array(rows).fill(0),
        scores: scratch.scores.length >= rows ? scratch.scores : new Float64Array(rows).fill(0),
        matches: scratch.matches.strengths.length >= slots ? scratch.matches : writtenPieceMatches(slots),
      };
    });
  }

  /**
   * Working arrays for a query over `candidates` units: the set the last query did not write (its
   * rows are the clause matches kept), grown when too small. Kept from one query to the next: a
   * broad query at 10,000 reports needs megabytes of them, and allocating them per keystroke made
   * the garbage collector a quarter of the worker's time. Every slot a query reads it writes first.
   * Rows and slots grow apart, doubling, but never past what a query over every unit numbered
   * needs: the first two-word query after a broad one (`ITU-T X` after `S`) needs only wider rows,
   * and doubling both made it allocate 27 MB where 8 sufficed.
   */
  private scratchFor(candidates: number, width: number): Scratch {
    this.turn = this.turn === 0 ? 1 : 0;
    let scratch = this.scratches[this.turn];
    // Candidates are units numbered so far; the index grows by segments, so doubling stays worth it below that.
    const mostRows = Math.max(candidates, this.index.numbered);
    if (scratch.matched.length < candidates) {
      const rows = Math.min(mostRows, Math.max(candidates, scratch.matched.length * 2));
      scratch = { ...scratch, matched: new Int32Array(rows), scores: new Float64Array(rows) };
    }
    // A query has one clause at least: every row has two slots or more (the clauses, then the whole).
    const slots = candidates * width;
    if (scratch.matches.strengths.length < slots) {
      scratch = { ...scratch, matches: new PieceMatches(Math.min(mostRows * width, Math.max(slots, scratch.matches.strengths.length * 2))) };
    }
    this.scratches[this.turn] = scratch;
    return scratch;
  }
}

/** A verified query and its rows: views of the engine's working arrays (Scratch), valid until the next query is verified. */
class Verified implements VerifiedQuery {
  constructor(
    readonly query: ParsedQuery,
    readonly total: number,
    readonly statistics: CollectionStatistics,
    readonly matches: PieceMatches,
    readonly matched: Int32Array,
    readonly scores: Float64Array,
  ) {}
}

/** The index's units by their numbers now: a new one is made when a merge renumbers them. */
function numberingOf(index: SegmentedIndex): UnitNumbering {
  return {
    get count() {
      return index.numbered;
    },
    unitAt: (n) => index.unitAt(n),
  };
}

/** Piece matches of `slots` slots, each written once (reserveWorkingArrays says why). */
function writtenPieceMatches(slots: number): PieceMatches {
  const matches = new PieceMatches(slots);
  matches.strengths.fill(0);
  matches.counts.fill(0);
  return matches;
}

function emptyScratch(): Scratch {
  return { matches: new PieceMatches(0), matched: new Int32Array(0), scores: new Float64Array(0) };
}

/** A query's matching rows (firstPass.ts) and what scoring them needs. */
interface Rows {
  readonly matches: PieceMatches;
  readonly matched: Int32Array;
  readonly matchedCount: number;
  readonly clauseCount: number;
  /** Per clause, its inverse document frequency over the collection. */
  readonly idf: Float64Array;
  /** Receives each row's score. */
  readonly scores: Float64Array;
}

/** Scores every row: a loop of its own, out of the engine's search, for the reason firstPass.ts gives. */
function scoreRows(texts: UnitTexts, averageLength: number, rows: Rows): void {
  const { matches, matched, matchedCount, clauseCount, idf, scores } = rows;
  const width = clauseCount + 1;
  for (let i = 0; i < matchedCount; i++) {
    const lengthNorm = 1 - b + (b * texts.lengthOf(matched[i]!)) / averageLength;
    scores[i] = scoreRow(lengthNorm, matches, i * width, clauseCount, idf);
  }
}

/** Tiers first, BM25 (< 1000 for up to 16 words) only within a tier; each tier's count times its unit stays below the next unit. */
function scoreRow(lengthNorm: number, matches: PieceMatches, row: number, clauseCount: number, idf: Float64Array): number {
  const wholeStrength = matches.strengths[row + clauseCount]!;
  const exact = wholeStrength >= containsThreshold ? wholeStrength : 0;
  let inAnyForm = 0;
  let contained = 0;
  let scattered = 0;
  let relevance = 0;
  for (let c = 0; c < clauseCount; c++) {
    const strength = matches.strengths[row + c]!;
    if (strength === 0) continue;
    if (strength >= wordFormStrength) inAnyForm++;
    if (strength >= containsThreshold) contained++;
    else if (strength === scatteredStrength) scattered++;
    const count = matches.counts[row + c]!;
    relevance += (strength * idf[c]! * (count * (k1 + 1))) / (count + k1 * lengthNorm);
  }
  return exact * 1e10 + inAnyForm * 1e7 + contained * 1e5 + scattered * 1e3 + relevance;
}

/**
 * The whole query's spelling sets, the typed spelling's narrowed to the units every clause the
 * index looked up is proposed in. A unit that holds the typed words together, verbatim or folded,
 * holds each of them (each is part of them, and folding is decided by a character's neighbours,
 * which within the words are the same), so the index proposes it for each. Only the typed
 * spelling: an alias of the whole (`X.509` for `ITU-T X.509`) need not hold every word. Only
 * clauses looked up, not known ones (clauseMatches.ts): a known clause's units are those it
 * matched, and a joined word found folded must stand whole alone (`itut` in `ITUTX`), where the
 * words together may. At 10,000 reports, `ITU-T X` checked 168,040 units for the whole phrase;
 * its units proposed for `X` too were a fraction of them.
 */
function typedWholeNarrowed(wholeSets: CandidateSet[], clauseSets: readonly CandidateSet[], known: ReadonlyArray<ClauseMatches | undefined>): CandidateSet[] {
  let typed = wholeSets[0];
  if (typed === undefined) return wholeSets;
  for (let c = 0; c < clauseSets.length; c++) {
    const set = clauseSets[c];
    if (known[c] !== undefined || set === null || set === undefined) continue;
    typed = typed === null ? set : intersectPostings(typed, set);
  }
  return [typed, ...wholeSets.slice(1)];
}

/** The units proposed for any of the spellings; null (all units) when one spelling cannot be narrowed. */
function uniteCandidates(sets: readonly CandidateSet[]): CandidateSet {
  if (sets.some((set) => set === null)) return null;
  return unionPostings(sets.filter((set): set is Int32Array => set !== null));
}

/** An empty engine to add segments to: the bundled corpus's, then one per imported document. */
export function createSegmentedSearchEngine(): SegmentedSearchEngine {
  return new SegmentedEngine();
}

/**
 * A one-segment engine over a serialised index and the corpus units it names.
 * Throws SearchIndexFormatError when the index is not ours or names units the corpus lacks.
 */
export function loadSearchEngine(units: readonly Unit[], serialized: SerializedSearchIndex): SegmentedSearchEngine {
  const engine = createSegmentedSearchEngine();
  engine.addSegment(units, serialized);
  return engine;
}
