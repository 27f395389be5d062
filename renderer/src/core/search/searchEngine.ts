/**
 * Search over the prebuilt lunr index: the index proposes candidate units from probes of the
 * query, the text of each candidate decides how it matches (matchUnit), and only the page of
 * hits asked for gets snippets and highlights.
 *
 * Ranking, in order: units that contain the whole query (verbatim, then folded, then as an
 * equivalent identifier or name), then by how many words they contain in any form, then by how
 * many they contain as typed (or folded, or as an alias) rather than as another word form
 * (`drill` for `drills`), then by how many words have all their index terms without being
 * contiguous (网络…安全), then BM25 over the matched words.
 */
import lunr from 'lunr';
import type { Unit } from '../report/types';
import { highlightRanges, makeSnippet } from './highlights';
import { containsThreshold, matchSpellings, PieceMatches } from './matchUnit';
import { intersectPostings, unionPostings } from './postings';
import { nameAliasesOf, type NameAliases } from './nameAliases';
import { parseQuery, scatteredStrength, wordFormStrength, type Clause, type ParsedQuery, type Spelling } from './queryModel';
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
import { wordFormMarker } from './wordForms';

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
  /** BM25's length normalisation of each unit, fixed at load. */
  private readonly lengthNorms: Float32Array;
  private readonly allUnits: Int32Array;
  private readonly names: NameAliases;
  /** Languages whose word-form terms the index holds. */
  private readonly formLanguages: ReadonlySet<string>;

  constructor(
    private readonly units: readonly Unit[],
    index: lunr.Index,
    terms: readonly string[],
    nameGroups: ReadonlyArray<readonly string[]>,
  ) {
    this.unitCount = units.length;
    this.texts = new UnitTexts(units);
    this.dictionary = new TermDictionary(terms, postingsOf(index));
    const averageLength = units.reduce((sum, unit) => sum + unit.text.length, 0) / Math.max(1, units.length);
    this.lengthNorms = Float32Array.from(units, (unit) => 1 - b + (b * unit.text.length) / averageLength);
    this.allUnits = Int32Array.from(units.keys());
    this.names = nameAliasesOf(nameGroups);
    this.formLanguages = new Set(this.dictionary.wordFormLanguages(wordFormMarker));
  }

  search(raw: string, options: SearchOptions = {}): SearchResult {
    const query = parseQuery(raw, this.names);
    if (query.clauses.length === 0) return { hits: [], total: 0 };
    const isMultiWord = query.clauses.length > 1;

    const formSets = query.clauses.map((clause) => this.candidatesOfWordForms(clause));
    const clauseSets = query.clauses.map((clause, c) => {
      const set = this.candidatesOfSpellings(clause.spellings);
      const forms = formSets[c]!;
      return set === null || forms.length === 0 ? set : unionPostings([set, forms]);
    });
    const wholeSet = isMultiWord ? this.candidatesOfSpellings(query.whole) : null;
    const pieceSets = isMultiWord ? [...clauseSets, wholeSet] : clauseSets;
    const candidates = pieceSets.some((set) => set === null)
      ? this.allUnits
      : unionPostings(pieceSets.filter((set): set is Int32Array => set !== null));

    const inScope = this.scopeFilter(options.reportIds);
    const isKept = this.unitFilter(options.unitIds);
    const matchedUnitIds: string[] | undefined = options.withMatchedUnitIds === true ? [] : undefined;
    const memberships = clauseSets.map((set) => this.membership(set));
    const formMemberships = formSets.map((set) => (set.length === 0 ? () => false : this.membership(set)));
    const wholeMembership = this.membership(wholeSet);

    // First pass: how each candidate matches each piece (slots: clauses, then the whole query).
    // Scoring needs every clause's document frequency, so it waits for the second pass.
    const clauseCount = query.clauses.length;
    const width = clauseCount + 1;
    const matches = new PieceMatches(candidates.length * width);
    const matched = new Int32Array(candidates.length);
    const documentFrequency = new Int32Array(clauseCount);
    let matchedCount = 0;
    for (const n of candidates) {
      if (!inScope(n)) continue;
      const row = matchedCount * width;
      let hasAny = false;
      for (let c = 0; c < clauseCount; c++) {
        if (memberships[c]!(n)) {
          matchSpellings(this.texts, n, query.clauses[c]!.spellings, true, matches, row + c);
          // The word-form posting is exact: being in it means a word of the unit has that form.
          if (matches.strengths[row + c]! < wordFormStrength && formMemberships[c]!(n)) {
            matches.strengths[row + c] = wordFormStrength;
            matches.counts[row + c] = 1;
          }
        } else {
          matches.strengths[row + c] = 0;
        }
        const strength = matches.strengths[row + c]!;
        if (strength > 0) hasAny = true;
        if (strength >= wordFormStrength) documentFrequency[c]!++;
      }
      if (!isMultiWord) {
        matches.strengths[row + clauseCount] = matches.strengths[row]!;
        matches.counts[row + clauseCount] = matches.counts[row]!;
      } else if (wholeMembership(n)) {
        matchSpellings(this.texts, n, query.whole, false, matches, row + clauseCount);
        if (matches.strengths[row + clauseCount]! > 0) hasAny = true;
      } else {
        matches.strengths[row + clauseCount] = 0;
      }
      if (!hasAny) continue;
      matchedUnitIds?.push(this.units[n]!.id);
      // A unit narrowed away leaves its row to be overwritten by the next candidate.
      if (isKept(n)) matched[matchedCount++] = n;
    }

    const idf = Array.from(documentFrequency, (df) => {
      const clamped = Math.max(1, df);
      return Math.log(1 + (this.unitCount - clamped + 0.5) / (clamped + 0.5));
    });
    const scores = new Float64Array(matchedCount);
    for (let i = 0; i < matchedCount; i++) scores[i] = this.score(matched[i]!, matches, i * width, clauseCount, idf);
    const order = selectTop(matchedCount, options.limit ?? matchedCount, (x, y) =>
      scores[x]! !== scores[y]! ? scores[x]! > scores[y]! : matched[x]! < matched[y]!,
    );
    const hits = order.map((i) =>
      this.hit(matched[i]!, scores[i]!, matches.strengths[i * width + clauseCount]! >= containsThreshold, query),
    );
    return matchedUnitIds === undefined ? { hits, total: matchedCount } : { hits, total: matchedCount, matchedUnitIds };
  }

  /** Tiers first, BM25 (< 1000 for up to 16 words) only within a tier; each tier's count times its unit stays below the next unit. */
  private score(n: number, matches: PieceMatches, row: number, clauseCount: number, idf: readonly number[]): number {
    const wholeStrength = matches.strengths[row + clauseCount]!;
    const exact = wholeStrength >= containsThreshold ? wholeStrength : 0;
    let inAnyForm = 0;
    let contained = 0;
    let scattered = 0;
    let relevance = 0;
    const lengthNorm = this.lengthNorms[n]!;
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

  private hit(n: number, score: number, isExact: boolean, query: ParsedQuery): SearchHit {
    const unit = this.units[n]!;
    const { ranges, best } = highlightRanges(unit.text, query);
    return { unit, score, snippet: makeSnippet(unit.text, ranges, best), highlights: ranges, isExact };
  }

  private candidatesOfWordForms(clause: Clause): Int32Array {
    const lists = clause.wordForms
      .filter((form) => this.formLanguages.has(form.language))
      .map((form) => this.dictionary.unitsForTerm(form.term))
      .filter((list) => list.length > 0);
    return lists.length === 0 ? new Int32Array(0) : unionPostings(lists);
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

  private unitFilter(unitIds: readonly string[] | undefined): (n: number) => boolean {
    if (unitIds === undefined) return () => true;
    const wanted = new Set(unitIds);
    return (n) => wanted.has(this.units[n]!.id);
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
  return new LunrSearchEngine(ordered, index, terms, serialized.nameGroups ?? []);
}
