/**
 * How well the parser finds a document's structure, measured against an expected-structure file
 * written by hand (`<name>.expected.json` beside `<name>.txt`). Used by the structure benchmark
 * and by the fixture test, on our own fixtures and on real documents kept outside the project.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseReportText } from '../../renderer/src/core/report/parseReport';
import type { Report, UnitKind } from '../../renderer/src/core/report/types';
import { asciiDigits, blockHeadingOf } from '../../renderer/src/core/report/vocabulary';

/** What a document should parse to. Units list every unit but the header lines, in order. */
export interface ExpectedStructure {
  readonly layout: string;
  readonly language: string;
  readonly title: string;
  /** Metadata fields the document prints: symbol, language, revision, addendum, date, originalLanguage, agendaItem, source. */
  readonly meta: Readonly<Record<string, string | number>>;
  readonly units: readonly (readonly [string, UnitKind])[];
}

export interface StructureScore {
  readonly name: string;
  readonly layout: string;
  readonly language: string;
  /** Numbered units (sections, paragraphs, annex, resolution items, footnotes) the document has. */
  readonly present: number;
  /** Of those, how many the parser found with the right number and kind. */
  readonly found: number;
  /** Numbered units the parser made that the document does not have. */
  readonly invented: number;
  readonly isTitleRight: boolean;
  /** Undefined when the document prints no symbol. */
  readonly isSymbolRight?: boolean;
  readonly metaRight: number;
  readonly metaTotal: number;
  /** Share of the source's letters and digits (page furniture and block headings aside) found in the units. */
  readonly coverage: number;
  /** The parser's error, when it threw. */
  readonly error?: string;
}

// Units whose number is a position or a block name rather than a number the document prints.
const UNNUMBERED = /^(?:title|header\.\d+|summary\.\d+|action\.\d+|refs\.\d+|table\.\d+|p\.\d+)$/u;

/** Whether a unit number is one the benchmark counts as "numbered". */
export function isNumberedUnit(number: string): boolean {
  return !UNNUMBERED.test(number);
}

/** Scores one parsed document against its expected structure. */
export function scoreStructure(name: string, text: string, report: Report | Error, expected: ExpectedStructure): StructureScore {
  const wanted = expected.units.filter(([number]) => isNumberedUnit(number));
  const base = { name, layout: expected.layout, language: expected.language, present: wanted.length };
  const metaKeys = Object.keys(expected.meta);
  if (report instanceof Error) {
    return { ...base, found: 0, invented: 0, isTitleRight: false, metaRight: 0, metaTotal: metaKeys.length, coverage: 0, error: report.message };
  }
  const produced = new Map(report.units.map((unit) => [unit.number, unit.kind] as const));
  const wantedNumbers = new Set(wanted.map(([number]) => number));
  const found = wanted.filter(([number, kind]) => produced.get(number) === kind).length;
  const invented = report.units.filter((unit) => isNumberedUnit(unit.number) && !wantedNumbers.has(unit.number)).length;
  const meta = new Map<string, unknown>(Object.entries(report.meta));
  const metaRight = metaKeys.filter((key) => meta.get(key) === expected.meta[key]).length;
  const symbol = expected.meta['symbol'];
  return {
    ...base,
    found,
    invented,
    isTitleRight: normalised(report.meta.title) === normalised(expected.title),
    ...(symbol === undefined ? {} : { isSymbolRight: report.meta.symbol === symbol }),
    metaRight,
    metaTotal: metaKeys.length,
    coverage: coverage(text, report),
  };
}

/** Parses a text and scores it; a thrown error is scored as nothing found. */
export function measureStructure(name: string, text: string, expected: ExpectedStructure): StructureScore {
  let report: Report | Error;
  try {
    report = parseReportText(text, {}, name);
  } catch (error) {
    report = error instanceof Error ? error : new Error(String(error));
  }
  return scoreStructure(name, text, report, expected);
}

function normalised(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

// Lines that are furniture by any account: page numbers, running heads, file paths, rules, URL footers.
const FURNITURE_LINE = [
  /^[-–—]\s*[0-9\u0660-\u0669]{1,4}\s*[-–—]$/u,
  /^(?:C|PP|WTDC)\d{2}\/\S+-[ACEFRS]$/u,
  /(?:^|\s)[A-Z]:\\\S+\.docx?\b/iu,
  // ITU's file stamp ("S14-PP-C-0067!A1!MSW-A") and the print dates under a file path ("30.05.16").
  /^[A-Z]\d{2}(?:-[A-Z0-9]+)+![A-Z0-9]*!MSW-[ACEFRS]$/u,
  /^\d{2}\.\d{2}\.\d{2,4}$/u,
  /^[_\s]+$/u,
  /^[•\s]*(?:https?:\/\/|www\.)\S+[•\s]*$/u,
];
// An item letter or bullet before the text: the unit's number says it in a language-neutral way.
const ITEM_LABEL = /^\(?[a-zа-яأابجدهوزحطي] ?\)|^[–•-]/u;

/** Share of the source's letters and digits found again in the units' texts and numbers (a multiset comparison). */
export function coverage(text: string, report: Report): number {
  const sourceLines = text
    .split(/\r\n|\r|\n|\f/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !FURNITURE_LINE.some((pattern) => pattern.test(line)) && blockHeadingOf(line) === undefined)
    .map((line) => line.replace(ITEM_LABEL, ''));
  const wanted = characterCounts(sourceLines.join('\n'));
  const have = characterCounts(report.units.map((unit) => `${unit.number} ${unit.text}`).join('\n'));
  let total = 0;
  let kept = 0;
  for (const [character, count] of wanted) {
    total += count;
    kept += Math.min(count, have.get(character) ?? 0);
  }
  return total === 0 ? 1 : kept / total;
}

function characterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const character of asciiDigits(text.normalize('NFKC').toLowerCase())) {
    if (!/[\p{L}\p{N}]/u.test(character)) continue;
    counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  return counts;
}

export interface StructureSample {
  readonly name: string;
  readonly text: string;
  readonly expected: ExpectedStructure;
}

/** Every `*.txt` with a `*.expected.json` beside it, in a folder and its subfolders. */
export async function readStructureSamples(directory: string): Promise<StructureSample[]> {
  const samples: StructureSample[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.txt')) continue;
    const textPath = path.join(entry.parentPath, entry.name);
    const expectedPath = textPath.replace(/\.txt$/u, '.expected.json');
    let expectedText: string;
    try {
      expectedText = await readFile(expectedPath, 'utf8');
    } catch {
      continue;
    }
    const expected = parseExpected(expectedText, expectedPath);
    samples.push({ name: path.relative(directory, textPath), text: await readFile(textPath, 'utf8'), expected });
  }
  return samples.sort((a, b) => a.name.localeCompare(b.name));
}

/** Reads an expected-structure file, or throws naming the file and the bad field. */
export function parseExpected(text: string, fileName: string): ExpectedStructure {
  const value: unknown = JSON.parse(text);
  const field = (name: string): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined);
  const [layout, language, title, meta, units] = ['layout', 'language', 'title', 'meta', 'units'].map(field);
  const isUnitList = Array.isArray(units) && units.every((unit: unknown) => Array.isArray(unit) && unit.length === 2 && unit.every((part: unknown) => typeof part === 'string'));
  if (typeof layout !== 'string' || typeof language !== 'string' || typeof title !== 'string' || typeof meta !== 'object' || meta === null || !isUnitList) {
    throw new Error(`${fileName}: an expected structure needs layout, language, title (strings), meta (object) and units ([number, kind] pairs)`);
  }
  return { layout, language, title, meta: { ...meta }, units } satisfies ExpectedStructure;
}
