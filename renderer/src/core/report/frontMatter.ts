/**
 * The front matter of a document, before its body: header block, title, and the Summary /
 * Action required / References blocks. Units: `header.N`, `title`, `summary.N`, `action.N`, `refs.N`.
 */
import { readHeaderLine, readSourceLine, type HeaderFields } from './documentMetadata';
import { documentSymbolIn } from './documentSymbol';
import { isRule } from './labels';
import type { SourceBlock } from './sourceDocument';
import type { DocumentLanguage } from './types';
import type { UnitDrafts } from './unitDrafts';
import { blockHeadingOf, dateIn, isResolutionHeading, originalLanguageIn, originalStatementEnd, withRecordTitleSpaced, type BlockHeadingKind } from './vocabulary';

// A title is a name, not a page: past this length the block is text that lost its line ends.
const MAX_TITLE_LENGTH = 300;

const UNIT_PREFIX: Readonly<Record<BlockHeadingKind, string>> = { summary: 'summary', action: 'action', references: 'refs' };

export interface FrontMatter {
  readonly fields: HeaderFields;
  /** The title as read (a resolution's number and name joined), or undefined when the document has none. */
  readonly title?: string;
  /** The language the block headings are written in, when there is one. */
  readonly headingLanguage?: DocumentLanguage;
  /**
   * Index of the block where the body starts before its first number: a heading printed without one
   * ("Introduction" over paragraph 1) is the body's, not the summary's.
   */
  readonly bodyStart?: number;
}

/** Where a block came from, for warnings: "line 12", or its position when the importer did not say. */
export function originOf(block: SourceBlock, index: number): string {
  return block.origin ?? `block ${index + 1}`;
}

/**
 * Reads the front-matter blocks into units. `hasBody` says whether numbered text follows: when
 * it does not, blocks under no heading are the document's paragraphs (`p.N`), not its summary, and
 * headings styled as such are `h.N`. When it does, the front matter ends at such a heading (`bodyStart`).
 */
export function readFrontMatter(input: readonly SourceBlock[], drafts: UnitDrafts, warnings: string[], hasBody: boolean): FrontMatter {
  // A copy: a header run together with its title and what follows is split into blocks here.
  const blocks = [...input];
  const fields: HeaderFields = {};
  let headerCount = 0;
  const header = (text: string): void => {
    headerCount += 1;
    drafts.open('header', `header.${headerCount}`, text);
  };
  const text = (at: number): string => blocks[at]?.text.trim() ?? '';
  // The header block ends with its "Original: English" line; what stands above it (a cover page, a
  // file stamp, "PLENARY MEETING") belongs to the header whatever it says.
  const originalAt = headerEndOf(blocks);
  let index = 0;
  for (; index <= originalAt; index += 1) {
    readHeaderLine(text(index), fields);
    header(text(index));
  }
  for (; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (block === undefined || block.kind === 'tableRow' || isRule(block.text) || block.text.length > MAX_HEADER_LINE) break;
    if (!readHeaderLine(block.text, fields) && !readSourceLine(block.text, fields)) break;
    header(text(index));
    // A source wrapped onto a second line: "Member States of the European Conference of Postal and Telecommunications" / "Administrations (CEPT)".
    if (fields.source === text(index) && isSourceTail(text(index + 1))) {
      fields.source = `${fields.source} ${text(index + 1)}`;
      index += 1;
      header(text(index));
    }
  }
  while (isRule(text(index))) index += 1;
  // A page of a compilation of resolutions prints no header block; what stands above the heading
  // (a page number, the text's class, its references) is the page's header, not the title.
  if (originalAt === -1) {
    const headingAt = resolutionHeadingAfter(blocks, index);
    for (; index < headingAt; index += 1) if (!isRule(text(index))) header(text(index).replace(/\t/gu, ' '));
  }
  // A Member State submits in its own name ("United States of America"): a short line in small letters above a title in capitals.
  if (fields.source === undefined && originalAt !== -1 && isNameLine(blocks[index]) && isCapitalsTitle(blocks[index + 1])) {
    fields.source = text(index);
    header(text(index));
    index += 1;
  }

  let title: string | undefined;
  let isResolution = false;
  const first = blocks[index];
  if (first !== undefined && first.kind !== 'tableRow' && first.kind !== 'footnote' && blockHeadingOf(first.text) === undefined) {
    // A header run together on one line ("Council 2019Geneva…Document C19/90-E…Original: English") is no title either.
    const isRunTogetherHeader = documentSymbolIn(first.text) !== undefined && originalLanguageIn(first.text) !== undefined;
    const runOn = isRunTogetherHeader ? titleAfterRunOnHeader(first.text) : undefined;
    if (runOn !== undefined) {
      // "…Original: EnglishSUMMARY RECORD OF THE PLENARY MEETINGTuesday, 17 April…": header, title in capitals, then the text.
      warnings.push(`${originOf(first, index)}: a header run together with its title; the title is read from the capitals after "Original"`);
      readHeaderLine(runOn.header, fields);
      const date = dateIn(runOn.header);
      if (date !== undefined) fields.looseDate ??= date;
      header(runOn.header);
      title = runOn.title;
      drafts.open('title', 'title', runOn.title);
      if (runOn.rest === '') index += 1;
      else blocks[index] = { ...first, text: runOn.rest };
    } else if (first.text.length > MAX_TITLE_LENGTH || isRunTogetherHeader) {
      warnings.push(`${originOf(first, index)}: a ${first.text.length}-character block stands where the title should be; not taken as the title`);
      // A header run together with the page still names the symbol, the date and the original language.
      if (fields.symbol === undefined) {
        readHeaderLine(first.text, fields);
        const date = dateIn(first.text);
        if (date !== undefined) fields.looseDate ??= date;
      }
    } else if (isResolutionHeading(first.text) && isTitleLine(blocks[index + 1])) {
      const name = text(index + 1);
      title = `${text(index)} – ${name}`;
      isResolution = true;
      drafts.open('title', 'title', `${text(index)}\n${name}`);
      index += 2;
    } else {
      // A heading that carries the name on its own line ("Dec. 495 Publication of Council documents (C-2000)").
      isResolution = isResolutionHeading(first.text);
      const lines = [text(index)];
      index += 1;
      // A title in capitals wraps over blocks in text from PDF: join what continues it.
      while (continuesTitle(lines, blocks[index], first)) {
        lines.push(text(index));
        index += 1;
      }
      title = lines.join(' ');
      drafts.open('title', 'title', lines.join('\n'));
    }
  }

  // Who submitted the document, printed under the title ("Report of the Chairman of the Group", "秘书长的报告").
  const next = blocks[index];
  if (title !== undefined && next?.kind === 'paragraph' && readSourceLine(next.text, fields)) {
    header(text(index));
    index += 1;
  }

  let heading: BlockHeadingKind | undefined;
  let headingLanguage: DocumentLanguage | undefined;
  const counts: Record<BlockHeadingKind | 'p' | 'table', number> = { summary: 0, action: 0, references: 0, p: 0, table: 0 };
  let unheaded = 0;
  let isInTable = false;
  let headings = 0;
  let bodyStart: number | undefined;
  for (; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (block === undefined) continue;
    const line = block.text.trim();
    if (line === '' || isRule(line)) continue;
    const found = blockHeadingOf(line);
    if (found !== undefined) {
      // The heading is a label, not content: every language prints its own, so it is not kept.
      heading = found.kind;
      headingLanguage ??= found.language;
      isInTable = false;
      continue;
    }
    if (block.kind === 'footnote') {
      // A footnote to the title or the summary: its own unit, as in the body.
      const mark = block.label ?? '';
      if (!drafts.open('footnote', `fn.${mark}`, line)) drafts.continueLast(`${mark} ${line}`);
      isInTable = false;
      continue;
    }
    if (block.kind === 'tableRow') {
      if (isInTable) drafts.continueLast(line);
      else {
        counts.table += 1;
        drafts.open('table', `table.${counts.table}`, line);
      }
      isInTable = true;
      continue;
    }
    isInTable = false;
    // A heading styled as such after the title (not Summary and the like, read above): a heading among the
    // paragraphs of a text with no numbers; the body's first heading when numbers follow, unless a Summary,
    // Action required or References block is still to come (then it heads a block of the front matter,
    // "Relevant links", read as the lines around it are).
    if (block.kind === 'heading' && title !== undefined && !isResolution) {
      if (!hasBody) {
        headings += 1;
        drafts.open('heading', `h.${headings}`, line);
        continue;
      }
      if (!blocks.slice(index + 1).some((later) => blockHeadingOf(later.text) !== undefined)) {
        bodyStart = index;
        break;
      }
    }
    // A resolution quoted whole after the title (a proposal to revise it): its heading opens the resolution.
    if (heading === undefined && !isResolution && title !== undefined && isResolutionHeading(line)) {
      isResolution = true;
      drafts.open('preamble', 'pre.0', line);
      continue;
    }
    // "The Council," before a resolution's first clause: part of the resolution, before its clauses.
    if (heading === undefined && isResolution) {
      if (!drafts.has('pre.0')) drafts.open('preamble', 'pre.0', line);
      else drafts.continueLast(line);
      continue;
    }
    if (heading === undefined && line.length <= MAX_HEADER_LINE && readHeaderLine(line, fields)) {
      header(line);
      continue;
    }
    if (heading === undefined && hasBody) unheaded += 1;
    const kind = heading ?? (hasBody ? 'summary' : undefined);
    if (kind === undefined) {
      counts.p += 1;
      drafts.open('paragraph', `p.${counts.p}`, line);
    } else {
      counts[kind] += 1;
      drafts.open(kind === 'references' ? 'references' : kind, `${UNIT_PREFIX[kind]}.${counts[kind]}`, line);
    }
  }
  if (unheaded > 0) {
    warnings.push(`${unheaded} block(s) before the first section have no summary heading above them; kept as summary paragraphs`);
  }
  return {
    fields,
    ...(title === undefined ? {} : { title }),
    ...(headingLanguage === undefined ? {} : { headingLanguage }),
    ...(bodyStart === undefined ? {} : { bodyStart }),
  };
}

// A title in capitals: capital letters, digits, spaces and the punctuation titles print.
const CAPITALS_RUN = /^[\p{Lu}\p{N}][\p{Lu}\p{N}\s,'’()\-–—:/]*/u;

/**
 * A header run together with the title in capitals after its "Original" line, and the text after
 * that: the title ends where a capital starts a word in small letters ("MEETINGTuesday").
 */
function titleAfterRunOnHeader(text: string): { readonly header: string; readonly title: string; readonly rest: string } | undefined {
  const end = originalStatementEnd(text);
  if (end === undefined) return undefined;
  const after = text.slice(end);
  const capitals = CAPITALS_RUN.exec(after)?.[0] ?? '';
  const isWordStart = /^\p{Ll}/u.test(after.slice(capitals.length));
  const title = (isWordStart ? capitals.slice(0, -1) : capitals).trim();
  if (!/\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(title) || title.length > MAX_TITLE_LENGTH) return undefined;
  const titleStart = after.indexOf(title);
  // The title's own line ends were lost with the rest: a summary record's opening words are spaced again.
  return { header: text.slice(0, end).trim(), title: withRecordTitleSpaced(title), rest: after.slice(titleStart + title.length).trim() };
}

// How many blocks may stand above a resolution's heading on a page with no header block (a web
// page's name, language menu, search box and path are four or five).
const MAX_BLOCKS_ABOVE_HEADING = 6;

/** Index of a resolution heading within the first blocks from `start`, under short blocks only; `start` when there is none. */
function resolutionHeadingAfter(blocks: readonly SourceBlock[], start: number): number {
  for (let index = start; index < Math.min(blocks.length, start + MAX_BLOCKS_ABOVE_HEADING + 1); index += 1) {
    const block = blocks[index];
    if (block === undefined || block.kind === 'footnote' || block.text.length > MAX_TITLE_LENGTH) return start;
    if (isResolutionHeading(block.text)) return index;
  }
  return start;
}

// How far down the "Original:" line that closes a header block may stand.
const MAX_HEADER_BLOCKS = 24;
// A header line is short; a longer block that mentions a document or a date is text.
const MAX_HEADER_LINE = 160;

/** Index of the block that closes the header block ("Original: English", "English only"), or -1 when there is none near the top. */
function headerEndOf(blocks: readonly SourceBlock[]): number {
  const limit = Math.min(blocks.length, MAX_HEADER_BLOCKS);
  for (let index = 0; index < limit; index += 1) {
    const block = blocks[index];
    // A header line may be set large (a PDF's "Council 2026" in a heading font): only tables and footnotes end the search.
    if (block === undefined || block.kind === 'tableRow' || block.kind === 'footnote' || blockHeadingOf(block.text) !== undefined) return -1;
    if (block.text.length <= MAX_HEADER_LINE && originalLanguageIn(block.text) !== undefined) return index;
  }
  return -1;
}

/** Whether a block ends a source line wrapped over two: a short name with its acronym ("Administrations (CEPT)"). */
function isSourceTail(text: string): boolean {
  return text.length <= 60 && /^\p{Lu}[\p{L}\s,-]*\([\p{Lu}-]{2,}\)$/u.test(text);
}

function isNameLine(block: SourceBlock | undefined): boolean {
  const line = block?.text.trim() ?? '';
  return block?.kind === 'paragraph' && line.length <= 80 && /\p{Ll}/u.test(line) && !/[.:;,。：]$/u.test(line) && blockHeadingOf(line) === undefined;
}

function isCapitalsTitle(block: SourceBlock | undefined): boolean {
  return block !== undefined && isTitleLine(block) && isCapitals(block.text);
}

// Scripts without capitals (Arabic, Chinese) never read as a title in capitals, whatever acronym they carry.
function isCapitals(value: string): boolean {
  return /\p{Lu}{3}/u.test(value) && !/[\p{Ll}\p{Lo}]/u.test(value);
}

/**
 * Whether the next block continues a title: a heading at the title's own level (a title set in a heading font,
 * wrapped over two blocks), or the title so far ends with a colon or is in capitals, and so is the block.
 */
function continuesTitle(lines: readonly string[], block: SourceBlock | undefined, first: SourceBlock): boolean {
  if (first.kind === 'heading' && block?.kind === 'heading' && block.level === first.level) {
    return lines.join(' ').length + block.text.trim().length <= MAX_TITLE_LENGTH && blockHeadingOf(block.text) === undefined;
  }
  if (block === undefined || !isTitleLine(block)) return false;
  const next = block.text.trim();
  const joined = lines.join(' ');
  // A short piece in capitals ("DE LA", "OF THE") continues a title in capitals too.
  const isNextInCapitals = isCapitals(next) || (/\p{Lu}{2}/u.test(next) && !/[\p{Ll}\p{Lo}]/u.test(next));
  return joined.length + next.length <= MAX_TITLE_LENGTH && isNextInCapitals && (isCapitals(joined) || /[:：]$/u.test(joined));
}

function isTitleLine(block: SourceBlock | undefined): boolean {
  return block !== undefined && block.kind === 'paragraph' && block.text.length <= MAX_TITLE_LENGTH && blockHeadingOf(block.text) === undefined && !/[,，،]$/u.test(block.text.trim());
}
