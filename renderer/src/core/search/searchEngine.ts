/**
 * Search over the prebuilt lunr index: the index proposes candidate units from probes of the
 * query, the text of each candidate decides how it matches (matchUnit), and only the page of
 * hits asked for gets snippets and highlights.
 *
 * Ranking, in order: units that contain the whole query (verbatim, then folded, then as an
 * equivalent identifier), then by how many words they contain, then by how many words have all
 * their index terms without being contiguous (网络…安全), then BM25 over the matched words.
 */
import lunr from 'lunr';
import type { Unit } from '../report/types';
import { highlightRanges, makeSnippet } from './highlights';
import { containsThreshold, matchSpellings, noMatch, type PieceMatch } from './matchUnit';
import { intersectPostings, unionPostings } from './postings';
import { parseQuery, scatteredStrength, type ParsedQuery, type Spelling } from './queryModel';
import {
  searchIndexFormat,
  SearchIndexFormatError,
  textField,
  type PackedPosting,
  type SerializedSearchIndex,
} from './searchIndexFormat';
import { TermDictionary } from './termDictionary';
import { selectTop } from './topHits';
import type { SearchHit, SearchOptions, SearchResult } from './types';
import { UnitTexts } from './unitText';

export interface SearchEngine {
  /** Finds the units matching raw user input; never throws on any input. */
  search(query: string, options?: SearchOptions): SearchResult;
  /** Number of indexed units. */
  readonly unitCount: number;
}

// BM25 constants, the usual ones (lunr uses the same).
const k1 = 1.2;
const b = 0.75;

function isPackedPosting(value: unknown): value is PackedPosting {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, textField) === 'string';
}

/** The postings of a loaded lunr index; lunr keeps them in an untyped `invertedIndex` field. */
function postingsOf(index: lunr.Index): (term: string) => PackedPosting | undefined {
  const invertedIndex: unknown = Reflect.get(index, 'invertedIndex');
  if (typeof invertedIndex !== 'object' || invertedIndex === null) {
    throw new SearchIndexFormatError('the lunr index has no inverted index');
  }
  return (term) => {
    const posting: unknown = Reflect.get(invertedIndex, term);
    return isPackedPosting(posting) ? posting : undefined;
  };
}

/** Per piece of the query: the units the index proposes, or null for "all, scan them". */
type CandidateSet = Int32Array | null;

class LunrSearchEngine implements SearchEngine {
  readonly unitCount: number;
  private readonly texts: UnitTexts;
  private readonly dictionary: TermDictionary;
  private readonly averageLength: number;
  private readonly allUnits: Int32Array;

  constructor(
    private readonly units: readonly Unit[],
    index: lunr.Index,
    terms: readonly string[],
  ) {
    this.unitCount = units.length;
    this.texts = new UnitTexts(units);
    this.dictionary = new TermDictionary(terms, postingsOf(index));
    this.averageLength = units.reduce((sum, unit) => sum + unit.text.length, 0) / Math.max(1, units.length);
    this.allUnits = Int32Array.from(units.keys());
  }

  search(raw: string, options: SearchOptions = {}): SearchResult {
    const query = parseQuery(raw);
    if (query.clauses.length === 0) return { hits: [], total: 0 };
    const isMultiWord = query.clauses.length > 1;

    const clauseSets = query.clauses.map((clause) => this.candidatesOfSpellings(clause.spellings));
    const wholeSet = isMultiWord ? this.candidatesOfSpellings(query.whole) : null;
    const pieceSets = isMultiWord ? [...clauseSets, wholeSet] : clauseSets;
    const candidates = pieceSets.some((set) => set === null)
      ? this.allUnits
      : unionPostings(pieceSets.filter((set): set is Int32Array => set !== null));

    const inScope = this.scopeFilter(options.reportIds);
    const memberships = clauseSets.map((set) => this.membership(set));
    const wholeMembership = this.membership(wholeSet);

    // First pass: how each candidate matches each piece. Scores need every clause's document frequency.
    const clauseCount = query.clauses.length;
    const matched: number[] = [];
    const clauseMatches: PieceMatch[] = [];
    const wholeMatches: PieceMatch[] = [];
    const documentFrequency = new Array<number>(clauseCount).fill(0);
    for (const n of candidates) {
      if (!inScope(n)) continue;
      let hasAny = false;
      const row = clauseMatches.length;
      for (let c = 0; c < clauseCount; c++) {
        const isMember = memberships[c]!(n);
        const match = isMember ? matchSpellings(this.texts, n, query.clauses[c]!.spellings, true) : noMatch;
        clauseMatches.push(match);
        if (match.strength > 0) hasAny = true;
        if (match.strength >= containsThreshold) documentFrequency[c]!++;
      }
      let whole = clauseMatches[row]!;
      if (isMultiWord) whole = wholeMembership(n) ? matchSpellings(this.texts, n, query.whole, false) : noMatch;
      if (!hasAny && whole.strength === 0) {
        clauseMatches.length = row;
        continue;
      }
      matched.push(n);
      wholeMatches.push(whole);
    }

    const scores = matched.map((n, i) =>
      this.score(n, wholeMatches[i]!, clauseMatches.slice(i * clauseCount, (i + 1) * clauseCount), documentFrequency),
    );
    const order = selectTop(matched.length, options.limit ?? matched.length, (x, y) =>
      scores[x]! !== scores[y]! ? scores[x]! > scores[y]! : matched[x]! < matched[y]!,
    );
    const hits = order.map((i) => this.hit(matched[i]!, scores[i]!, wholeMatches[i]!, query));
    return { hits, total: matched.length };
  }

  private score(n: number, whole: PieceMatch, clauses: readonly PieceMatch[], documentFrequency: readonly number[]): number {
    const exact = whole.strength >= containsThreshold ? whole.strength : 0;
    let contained = 0;
    let scattered = 0;
    let relevance = 0;
    const lengthNorm = 1 - b + (b * this.units[n]!.text.length) / this.averageLength;
    clauses.forEach((match, c) => {
      if (match.strength >= containsThreshold) contained++;
      else if (match.strength === scatteredStrength) scattered++;
      if (match.strength === 0) return;
      const df = Math.max(1, documentFrequency[c]!);
      const idf = Math.log(1 + (this.unitCount - df + 0.5) / (df + 0.5));
      relevance += (match.strength * idf * (match.count * (k1 + 1))) / (match.count + k1 * lengthNorm);
    });
    // Tiers first, BM25 (< 1000 for up to 16 words) only within a tier.
    return exact * 1e6 + contained * 1e4 + scattered * 1e3 + relevance;
  }

  private hit(n: number, score: number, whole: PieceMatch, query: ParsedQuery): SearchHit {
    const unit = this.units[n]!;
    const { ranges, best } = highlightRanges(unit.text, query);
    return {
      unit,
      score,
      snippet: makeSnippet(unit.text, ranges, best),
      highlights: ranges,
      isExact: whole.strength >= containsThreshold,
    };
  }

  private candidatesOfSpellings(spellings: readonly Spelling[]): CandidateSet {
    const sets: Int32Array[] = [];
    for (const spelling of spellings) {
      const set = this.candidatesOfProbes(spelling.probes);
      if (set === null) return null;
      sets.push(set);
    }
    return sets.length === 0 ? new Int32Array(0) : unionPostings(sets);
  }

  private candidatesOfProbes(probes: readonly string[]): CandidateSet {
    const lists: Int32Array[] = [];
    for (const probe of probes) {
      const units = this.dictionary.unitsFor(probe);
      if (units !== null) lists.push(units);
    }
    // No probe could narrow the search: only punctuation, or only very common prefixes.
    if (lists.length === 0) return null;
    lists.sort((x, y) => x.length - y.length);
    let result = lists[0]!;
    for (let i = 1; i < lists.length && result.length > 0; i++) result = intersectPostings(result, lists[i]!);
    return result;
  }

  private membership(set: CandidateSet): (n: number) => boolean {
    if (set === null) return () => true;
    const marks = new Uint8Array(this.unitCount);
    for (const n of set) marks[n] = 1;
    return (n) => marks[n] === 1;
  }

  private scopeFilter(reportIds: readonly string[] | undefined): (n: number) => boolean {
    if (reportIds === undefined) return () => true;
    const wanted = new Set(reportIds);
    return (n) => wanted.has(this.units[n]!.reportId);
  }
}

/**
 * Loads the serialised index with `lunr.Index.load` and binds it to the corpus units.
 * Throws SearchIndexFormatError when the index is not ours or names units the corpus lacks.
 */
export function loadSearchEngine(units: readonly Unit[], serialized: SerializedSearchIndex): SearchEngine {
  if (serialized.format !== searchIndexFormat) {
    throw new SearchIndexFormatError(`unsupported search index format: ${String(serialized.format)}`);
  }
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const ordered = serialized.unitIds.map((id) => {
    const unit = byId.get(id);
    if (!unit) throw new SearchIndexFormatError(`the search index names a unit the corpus lacks: ${id}`);
    return unit;
  });
  const index = lunr.Index.load(serialized.lunr);
  const terms = serialized.lunr.invertedIndex.map(([term]) => term);
  return new LunrSearchEngine(ordered, index, terms);
}
