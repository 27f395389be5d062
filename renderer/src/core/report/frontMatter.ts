/**
 * The front matter of a document, before its body: header block, title, and the Summary /
 * Action required / References blocks. Units: `header.N`, `title`, `summary.N`, `action.N`, `refs.N`.
 */
import { readHeaderLine, readSourceLine, type HeaderFields } from './documentMetadata';
import { isRule } from './labels';
import type { SourceBlock } from './sourceDocument';
import type { DocumentLanguage } from './types';
import type { UnitDrafts } from './unitDrafts';
import { blockHeadingOf, isResolutionHeading, type BlockHeadingKind } from './vocabulary';

// A title is a name, not a page: past this length the block is text that lost its line ends.
const MAX_TITLE_LENGTH = 300;

const UNIT_PREFIX: Readonly<Record<BlockHeadingKind, string>> = { summary: 'summary', action: 'action', references: 'refs' };

export interface FrontMatter {
  readonly fields: HeaderFields;
  /** The title as read (a resolution's number and name joined), or undefined when the document has none. */
  readonly title?: string;
  /** The language the block headings are written in, when there is one. */
  readonly headingLanguage?: DocumentLanguage;
}

/** Where a block came from, for warnings: "line 12", or its position when the importer did not say. */
export function originOf(block: SourceBlock, index: number): string {
  return block.origin ?? `block ${index + 1}`;
}

/**
 * Reads the front-matter blocks into units. `hasBody` says whether numbered text follows: when
 * it does not, blocks under no heading are the document's paragraphs (`p.N`), not its summary.
 */
export function readFrontMatter(blocks: readonly SourceBlock[], drafts: UnitDrafts, warnings: string[], hasBody: boolean): FrontMatter {
  const fields: HeaderFields = {};
  let index = 0;
  let headerCount = 0;
  const header = (text: string): void => {
    headerCount += 1;
    drafts.open('header', `header.${headerCount}`, text);
  };
  const text = (at: number): string => blocks[at]?.text.trim() ?? '';
  for (; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (block === undefined || block.kind === 'tableRow' || isRule(block.text)) break;
    if (!readHeaderLine(block.text, fields) && !readSourceLine(block.text, fields)) break;
    header(text(index));
  }
  while (isRule(text(index))) index += 1;

  let title: string | undefined;
  let isResolution = false;
  const first = blocks[index];
  if (first !== undefined && first.kind !== 'tableRow' && first.kind !== 'footnote' && blockHeadingOf(first.text) === undefined) {
    if (first.text.length > MAX_TITLE_LENGTH) {
      warnings.push(`${originOf(first, index)}: a ${first.text.length}-character block stands where the title should be; not taken as the title`);
    } else if (isResolutionHeading(first.text) && isTitleLine(blocks[index + 1])) {
      const name = text(index + 1);
      title = `${text(index)} – ${name}`;
      isResolution = true;
      drafts.open('title', 'title', `${text(index)}\n${name}`);
      index += 2;
    } else {
      title = text(index);
      drafts.open('title', 'title', title);
      index += 1;
    }
  }

  let heading: BlockHeadingKind | undefined;
  let headingLanguage: DocumentLanguage | undefined;
  const counts: Record<BlockHeadingKind | 'p' | 'table', number> = { summary: 0, action: 0, references: 0, p: 0, table: 0 };
  let unheaded = 0;
  let isInTable = false;
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
    // "The Council," before a resolution's first clause: part of the resolution, before its clauses.
    if (heading === undefined && isResolution) {
      if (!drafts.has('pre.0')) drafts.open('preamble', 'pre.0', line);
      else drafts.continueLast(line);
      continue;
    }
    if (heading === undefined && readHeaderLine(line, fields)) {
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
  return { fields, ...(title === undefined ? {} : { title }), ...(headingLanguage === undefined ? {} : { headingLanguage }) };
}

function isTitleLine(block: SourceBlock | undefined): boolean {
  return block !== undefined && block.kind === 'paragraph' && block.text.length <= MAX_TITLE_LENGTH && blockHeadingOf(block.text) === undefined && !/[,，،]$/u.test(block.text.trim());
}
