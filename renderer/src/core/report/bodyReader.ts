/**
 * The body of a document: numbered sections and paragraphs at any depth, annexes numbered afresh,
 * resolution clauses with their items, tables and footnotes. Unit numbers (the scheme is at `Unit` in types.ts):
 * `4`, `4.3.1` as printed; `annex1`, `annex1.2.3`; `pre.1`, `pre.1.a`, `op.2`, `op.2.3`; `table.N`;
 * `fn.N`; `h.N` for a heading printed without a number, `p.N` for text under it; `part2.…` when the
 * numbering starts again from the beginning.
 */
import { originOf } from './frontMatter';
import { formatNumber, isRule, labelOf, romanSectionOf, superscriptOf, withoutListBullet, type NumberPath } from './labels';
import { isFirstOfNextSection, judgeParagraph, judgeSection, judgeSectionUnderHeading, type NumberVerdict } from './numbering';
import type { SourceBlock } from './sourceDocument';
import type { UnitDrafts } from './unitDrafts';
import { annexHeadingOf, asciiDigits, clauseOf, clauseOpeningOf, isResolutionHeading, startsWithDate } from './vocabulary';

/** Numbering state inside one zone: the main text, an annex, or a repeated part. */
interface Zone {
  /** Prefix of unit numbers in this zone, with its dot: "", "annex1.", "part2.". */
  readonly prefix: string;
  section?: number;
  firstSection?: number;
  lastParagraph?: NumberPath;
  /**
   * The Roman section the text is in, when the zone's sections are numbered I, II, III…: its integers
   * ("1", "2"…, continuing across sections) are then paragraphs, and `section` counts them.
   */
  roman?: { readonly numeral: string; readonly value: number };
  /** "II." when the paragraphs start again at 1 under each Roman section: "1" under II is then unit "II.1". */
  paragraphPrefix?: string;
  preambleCount: number;
  operativeCount: number;
}

interface Clause {
  readonly number: string;
  readonly kind: 'preamble' | 'operative';
  lastItem: number;
  itemNumber?: string;
}

/** Reads body blocks into units; `startIndex` is the first block's index in the document (for origins). */
export function readBody(blocks: readonly SourceBlock[], startIndex: number, drafts: UnitDrafts, warnings: string[]): void {
  let zone: Zone = newZone('');
  let clause: Clause | undefined;
  let parts = 1;
  let tables = countOf(drafts, 'table.');
  let isInTable = false;
  const footnotes: { number: string; mark: string }[] = [];
  // Word's footnotes come after the whole body: each takes the number of its call, made in the
  // part where it is called (a restarted numbering after the call must not renumber it).
  const calledAs = new Map<string, string>();

  const warn = (block: SourceBlock, index: number, message: string): void => {
    warnings.push(`${originOf(block, startIndex + index)}: ${message}`);
  };
  const keepAsText = (block: SourceBlock, index: number, text: string): void => {
    // A block styled as a heading is never run into the unit above: it heads what follows.
    if (block.kind === 'heading' && drafts.open('heading', nextFree(drafts, 'h.'), text, sectionOf())) return;
    // Text under a heading is not the heading's: a paragraph of its own, as printed, unnumbered.
    if (drafts.last()?.kind === 'heading' && drafts.open('paragraph', nextFree(drafts, `${zone.prefix}p.`), text, sectionOf())) return;
    if (!drafts.continueLast(text)) {
      warn(block, index, 'text before any unit; kept as a paragraph of its own');
      drafts.open('paragraph', nextFree(drafts, `${zone.prefix}p.`), text);
    }
  };
  const restartUnder = (numeral: string): void => {
    zone.paragraphPrefix = `${numeral}.`;
    zone.section = undefined;
    zone.firstSection = undefined;
    zone.lastParagraph = undefined;
  };
  // Footnotes are numbered for the whole text (fn.3), or for the part they are in (part2.fn.3).
  const footnoteNumber = (mark: string): string => `${zone.prefix.startsWith('part') ? zone.prefix : ''}fn.${mark}`;
  const sectionOf = (): string | undefined => {
    if (zone.roman !== undefined) return `${zone.prefix}${zone.roman.numeral}`;
    return zone.section === undefined ? zone.prefix.replace(/\.$/u, '') || undefined : `${zone.prefix}${zone.section}`;
  };
  /** Reads a "II⇥Findings" line as the zone's next Roman section; false when it is not one, to be read as text. */
  const readRomanSection = (block: SourceBlock, index: number, printed: string): boolean => {
    const roman = romanSectionOf(printed);
    // Sections already numbered 1, 2, 3… make "I" a word or a list's number, not a section.
    if (roman === undefined || (zone.section !== undefined && zone.roman === undefined)) return false;
    const expected = (zone.roman?.value ?? 0) + 1;
    // Word computed the number (a list that starts at IV): it is the section's, wherever the list starts.
    const isFirstFromWord = zone.roman === undefined && block.label !== undefined && roman.value > expected;
    if (isFirstFromWord) warn(block, index, `Roman sections start at ${roman.numeral} here; read as section ${roman.numeral}`);
    if ((roman.value === expected || isFirstFromWord) && drafts.open('section', `${zone.prefix}${roman.numeral}`, roman.rest, `${zone.prefix}${roman.numeral}`)) {
      zone.roman = roman;
      clause = undefined;
      if (zone.paragraphPrefix !== undefined) restartUnder(roman.numeral);
      return true;
    }
    if (zone.roman !== undefined && roman.value > expected && roman.value <= expected + MAX_ROMAN_GAP) {
      warn(block, index, `"${roman.numeral}" looks like a section number but section ${zone.roman.numeral} was the last one; kept as text`);
    }
    return false;
  };

  blocks.forEach((block, index) => {
    readBlock(block, index);
    // Calls the importer found (Word's footnote references) are linked as given.
    if (block.kind !== 'footnote' && block.footnoteCalls !== undefined) {
      const numbers = block.footnoteCalls.map((call) => {
        const mark = asciiDigits(call.label);
        const number = footnoteNumber(mark);
        if (!calledAs.has(mark)) calledAs.set(mark, number);
        return number;
      });
      drafts.callFootnotes(numbers);
    }
  });

  // Plain text loses the superscript: the call is found again in the text before the footnote.
  for (const { number, mark } of footnotes) if (!drafts.isCalled(number)) drafts.linkFootnote(number, footnoteCall(mark));

  function readBlock(block: SourceBlock, index: number): void {
    const text = block.text.trim();
    if (text === '' || isRule(text)) return;
    // What the page shows: the number Word computed or the one typed before a tab, then the text.
    const printed = block.label === undefined ? text : `${block.label} ${text}`;
    if (block.kind === 'tableRow') {
      if (isInTable) drafts.continueLast(text);
      else {
        tables += 1;
        drafts.open('table', `table.${tables}`, text, sectionOf());
      }
      isInTable = true;
      return;
    }
    isInTable = false;
    if (block.kind === 'footnote') {
      const mark = asciiDigits(block.label ?? String(footnotes.length + 1));
      const number = calledAs.get(mark) ?? footnoteNumber(mark);
      if (drafts.open('footnote', number, text, sectionOf())) footnotes.push({ number, mark });
      else {
        warn(block, index, `footnote ${mark} appears twice; kept as text of the unit above`);
        keepAsText(block, index, `${mark} ${text}`);
      }
      return;
    }
    const annex = annexHeadingOf(text) ?? (block.label === undefined ? undefined : annexHeadingOf(block.label));
    if (annex !== undefined) {
      let prefix = `annex${annex.label}`;
      if (drafts.has(prefix)) {
        warn(block, index, `a second "${text}"; its units are numbered ${prefix}-2.…`);
        prefix = `${prefix}-2`;
      }
      zone = newZone(`${prefix}.`);
      clause = undefined;
      if (!drafts.open('annex', prefix, printed, prefix)) keepAsText(block, index, printed);
      return;
    }
    // A clause word alone on its line, or opening the clause's text (a resolution whose line ends were lost).
    // A second resolution after the first one's clauses (a page of a compilation): its units are numbered part2.…
    if (isResolutionHeading(text) && (zone.preambleCount > 0 || zone.operativeCount > 0)) {
      parts += 1;
      warn(block, index, `a second text "${text.slice(0, 40)}" after the first one's clauses; its units are numbered part${parts}.…`);
      zone = newZone(`part${parts}.`);
      clause = undefined;
      if (!drafts.open('preamble', `${zone.prefix}pre.0`, text)) keepAsText(block, index, printed);
      return;
    }
    if (readRomanSection(block, index, printed)) return;
    const clauseWord = clauseOf(text) ?? clauseOpeningOf(text);
    if (clauseWord !== undefined) {
      const isPreamble = clauseWord.part === 'preamble';
      const count = isPreamble ? (zone.preambleCount += 1) : (zone.operativeCount += 1);
      const number = `${zone.prefix}${isPreamble ? 'pre' : 'op'}.${count}`;
      if (drafts.open(clauseWord.part, number, text, sectionOf())) clause = { number, kind: clauseWord.part, lastItem: 0 };
      else keepAsText(block, index, printed);
      return;
    }
    // Inside a clause, a web page's bullet before a numbered item ("• 1. continue…") is the page's, not the document's.
    const labelled = clause === undefined ? text : withoutListBullet(text, (rest) => labelOf(rest).kind === 'number');
    const label = block.label === undefined ? labelOf(labelled) : labelOf(`${block.label} ${labelled}`);
    if (startsWithDate(text) || label.kind === 'none') {
      keepAsText(block, index, printed);
      return;
    }
    if (label.kind === 'letter') {
      const parent = clause?.itemNumber ?? clause?.number;
      if (clause !== undefined && parent !== undefined && drafts.open(clause.kind, `${parent}.${label.letter}`, label.rest, sectionOf())) return;
      keepAsText(block, index, printed);
      return;
    }
    const path = label.path;
    if (clause !== undefined && path.length === 1 && path[0] >= clause.lastItem + 1 && path[0] <= clause.lastItem + 3) {
      if (path[0] !== clause.lastItem + 1) warn(block, index, `item ${path[0]} follows item ${clause.lastItem} of ${clause.number}`);
      const number = `${clause.number}.${path[0]}`;
      if (drafts.open(clause.kind, number, label.rest, sectionOf())) {
        clause.lastItem = path[0];
        clause.itemNumber = number;
        return;
      }
    }
    if (zone.section !== undefined && isFirstOfNextSection(path, zone.section) && !drafts.has(`${zone.prefix}${path[0]}`)) {
      clause = undefined;
      warn(block, index, `paragraph ${formatNumber(path)} comes with no heading for section ${path[0]}; read as its first paragraph`);
      zone.section = path[0];
      zone.lastParagraph = undefined;
      if (openNumbered(drafts, zone, path, label.rest)) return;
    }
    // A number right under an unnumbered heading may jump ahead: the heading vouches for it.
    const verdict = drafts.last()?.kind === 'heading' && path.length === 1 ? judgeSectionUnderHeading(path[0], zone.section) : judge(path, zone);
    if (verdict.isAccepted) {
      clause = undefined;
      if (verdict.warning !== undefined) warn(block, index, verdict.warning);
      if (openNumbered(drafts, zone, path, label.rest)) return;
      warn(block, index, `"${formatNumber(path)}" is numbered like an earlier unit; kept as text`);
      keepAsText(block, index, printed);
      return;
    }
    // Paragraphs starting again at 1 right under a Roman heading: numbered within their section from here on.
    if (zone.roman !== undefined && path.length === 1 && path[0] === 1 && zone.section !== undefined && drafts.last()?.number === `${zone.prefix}${zone.roman.numeral}`) {
      warn(block, index, `paragraphs start again at 1 under section ${zone.roman.numeral}; numbered ${zone.roman.numeral}.1, ${zone.roman.numeral}.2… from here on`);
      restartUnder(zone.roman.numeral);
      if (openNumbered(drafts, zone, path, label.rest)) return;
    }
    // The numbering starting again at its first number: a second document, or the same one twice.
    if (path.length === 1 && zone.firstSection !== undefined && path[0] === zone.firstSection && (zone.section ?? 0) > path[0]) {
      parts += 1;
      warn(block, index, `numbering restarts at ${path[0]} after section ${zone.section ?? ''}; read as part ${parts} (units part${parts}.…)`);
      zone = newZone(`part${parts}.`);
      clause = undefined;
      if (!openNumbered(drafts, zone, path, label.rest)) keepAsText(block, index, printed);
      return;
    }
    if (verdict.warning !== undefined) warn(block, index, verdict.warning);
    keepAsText(block, index, printed);
  }
}

// How many Roman sections may be missing before "IV" after "I" is no longer a gap worth a warning.
const MAX_ROMAN_GAP = 2;

function newZone(prefix: string): Zone {
  return { prefix, preambleCount: 0, operativeCount: 0 };
}

function countOf(drafts: UnitDrafts, prefix: string): number {
  let count = 0;
  while (drafts.has(`${prefix}${count + 1}`)) count += 1;
  return count;
}

/** The first number `prefix`N not taken yet ("h.3" after h.1 and h.2). */
function nextFree(drafts: UnitDrafts, prefix: string): string {
  return `${prefix}${countOf(drafts, prefix) + 1}`;
}

function judge(path: NumberPath, zone: Zone): NumberVerdict {
  if (path.length === 1) return judgeSection(path[0], zone.section);
  // Legal numbering (Word's isLgl): the paragraphs of Roman section IV print 4.1, 4.2…
  if (zone.roman !== undefined && path[0] === zone.roman.value && (zone.section === undefined || zone.lastParagraph?.[0] === zone.roman.value)) {
    return judgeParagraph(path, zone.roman.value, zone.lastParagraph);
  }
  return zone.section === undefined ? { isAccepted: false } : judgeParagraph(path, zone.section, zone.lastParagraph);
}

/** Opens a section or paragraph unit and moves the zone's numbering on; false when the number is taken. */
function openNumbered(drafts: UnitDrafts, zone: Zone, path: NumberPath, text: string): boolean {
  // Under Roman sections the integers are paragraphs of the Roman section, numbered as printed.
  const kind = path.length === 1 && zone.roman === undefined ? 'section' : 'paragraph';
  const section = zone.roman === undefined ? `${zone.prefix}${path[0]}` : `${zone.prefix}${zone.roman.numeral}`;
  if (!drafts.open(kind, `${zone.prefix}${zone.paragraphPrefix ?? ''}${formatNumber(path)}`, text, section)) return false;
  if (path.length === 1) {
    zone.section = path[0];
    zone.firstSection ??= path[0];
    zone.lastParagraph = undefined;
  } else zone.lastParagraph = path;
  return true;
}

/** A footnote call in text: the mark in superscript, or glued to the end of a word ("Council1,"). */
function footnoteCall(mark: string): RegExp {
  const escaped = mark.replace(/[*]/gu, '\\*');
  return new RegExp(`${superscriptOf(escaped)}|(?<=[\\p{L})\\]”"])${escaped}(?=[\\s,.;:)]|$)`, 'u');
}
