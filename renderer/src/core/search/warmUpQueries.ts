/**
 * Queries that run the search engine's code before a delegate types. V8 compiles optimised code
 * for a function only once it has run for a while, on background threads that share the machine's
 * cores with the search itself and the page: a fresh start's first searches ran slowly while it did
 * (at 1,000 reports, V8's compiler threads took as much CPU as the page's main thread during the
 * first 41 keystrokes, twice the search worker's). The worker runs these on the library's own
 * engine, which then forgets what they left (ui/search/searchWarmUp.ts): only code is warmed.
 *
 * They are the sample's own words, typed a character at a time as a delegate types, one kind per
 * path of the engine: the most frequent words of a spaced script (a prefix probe, folded spellings),
 * identifiers (letters and digits joined by `-` or `.`: folded and joined forms), runs of an
 * unspaced script (Chinese: bigram probes), two words together and a word with an identifier
 * (several clauses, candidates the text then refutes: `ITU-T X.` proposes units with `x`), a word
 * in another form (`Councils`: found by its word form only) and characters found apart (网络…安全).
 * A path that no warm-up query takes is compiled without type feedback for it: the first search
 * that takes it throws the optimised code away (a deoptimisation), and V8 compiles it again while
 * the delegate types. In Node, after the warm-up without the last three kinds, the benchmark's
 * typing at 1,000 reports deoptimised the verification six times on three such paths.
 */
import { classifyChar } from './scripts';

/** Words of a spaced script (four letters or more, to be typed a letter at a time), identifiers, runs of an unspaced script. */
const wordPattern = /[\p{L}\p{M}]{4,}/gu;
const identifierPattern = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)+/gu;
const unspacedRunLength = 4;
const hasLetter = /\p{L}/u;

/** Counts each of `items` into `counts` (a Map keeps the order first met). */
function countInto(counts: Map<string, number>, items: Iterable<string>): void {
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
}

/** The `count` most frequent of what was counted, ties in the order first met. */
function mostFrequent(counts: ReadonlyMap<string, number>, count: number): string[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([item]) => item);
}

/** Whether every character of a match is of a spaced script (`\p{L}` also matches Chinese: `WSIS进程` is no word). */
function isSpaced(match: string): boolean {
  for (const char of match) if (classifyChar(char) === 'unspaced') return false;
  return true;
}

function* spacedWords(text: string): Generator<string> {
  for (const [word] of text.matchAll(wordPattern)) if (isSpaced(word)) yield word;
}

/** Identifiers with a letter, all of a spaced script (`ITU-T`, `X.509`; not `ITU-R为IMT`, which is Chinese around one). */
function* identifiers(text: string): Generator<string> {
  for (const [identifier] of text.matchAll(identifierPattern)) if (hasLetter.test(identifier) && isSpaced(identifier)) yield identifier;
}

/** The first characters of each run of an unspaced script at least that long. */
function* unspacedRuns(text: string): Generator<string> {
  let run: string[] = [];
  for (const char of text) {
    if (classifyChar(char) === 'unspaced') {
      run.push(char);
      if (run.length === unspacedRunLength) yield run.join('');
    } else {
      run = [];
    }
  }
}

/**
 * Three characters of an unspaced script that the text holds as two overlapping pairs but not
 * together (`网络` and `络安` apart, never `网络安`): a unit that holds every probe of a query
 * without the query itself, matched as found apart. Null when the text has no such pair.
 */
function foundApartIn(text: string): string | null {
  const chars = [...text];
  const followers = new Map<string, Set<string>>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const [first, second] = [chars[i]!, chars[i + 1]!];
    if (classifyChar(first) !== 'unspaced' || classifyChar(second) !== 'unspaced') continue;
    const set = followers.get(first) ?? new Set<string>();
    set.add(second);
    followers.set(first, set);
  }
  for (const [first, seconds] of followers) {
    for (const second of seconds) {
      for (const third of followers.get(second) ?? []) {
        const query = first + second + third;
        if (!text.includes(query)) return query;
      }
    }
  }
  return null;
}

/** Each query typed a character (a code point) at a time: `SG-17` is `S`, `SG`, `SG-`, `SG-1`, `SG-17`. */
function typed(query: string): string[] {
  const chars = [...query];
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

/**
 * The warm-up queries of a sample, its texts read a batch at a time (readNext): reading 500 texts
 * at once was one task of 92 ms of CPU in the search worker of a fresh start (Chromium, traced),
 * which a keystroke typed as soon as the box was ready waited for.
 *
 * The queries, in order: `perKind` most frequent words, identifiers and unspaced runs of the
 * sample's texts, then its two most frequent words together, its most frequent word and identifier
 * together, that word in the plural and three characters found apart (in the first text that has
 * them), each typed a character at a time.
 */
export class WarmUpQueries {
  private readonly words = new Map<string, number>();
  private readonly identifiers = new Map<string, number>();
  private readonly runs = new Map<string, number>();
  private apart: string | null = null;
  private read = 0;

  constructor(
    private readonly texts: readonly string[],
    private readonly perKind = 3,
  ) {}

  /** Reads the next `count` texts of the sample; false once every one is read. */
  readNext(count: number): boolean {
    const end = Math.min(this.texts.length, this.read + count);
    for (; this.read < end; this.read++) {
      const text = this.texts[this.read]!;
      countInto(this.words, spacedWords(text));
      countInto(this.identifiers, identifiers(text));
      countInto(this.runs, unspacedRuns(text));
      this.apart ??= foundApartIn(text);
    }
    return this.read < this.texts.length;
  }

  /** The queries, each typed a character at a time (the texts not yet read are read first). */
  queries(): string[] {
    this.readNext(this.texts.length);
    const { perKind, apart } = this;
    const words = mostFrequent(this.words, perKind);
    const found = mostFrequent(this.identifiers, perKind);
    const [word, secondWord] = words;
    // One with a dot if there is one: typed, `X.` proposes every unit with a word starting with `x`.
    const identifier = found.find((item) => item.includes('.')) ?? found[0];
    // The rarer paths first: V8 compiles a function with the type feedback it has when the compile
    // starts (on another thread), so a path first taken once the function is hot can still deoptimise.
    const queries = [
      ...(apart === null ? [] : [apart]),
      // A plural in English, French and Spanish: the sample holds the word, maybe not this form of it.
      ...(word !== undefined ? [`${word}s`] : []),
      ...(word !== undefined && identifier !== undefined ? [`${word} ${identifier}`] : []),
      ...(word !== undefined && secondWord !== undefined ? [`${word} ${secondWord}`] : []),
      ...words,
      ...found,
      ...mostFrequent(this.runs, perKind),
    ];
    return queries.flatMap(typed);
  }
}
