/**
 * Stage 2: gives structure to a SourceDocument's blocks, whatever format they came from
 * (plain text, DOCX, PDF): header block and metadata, title, front-matter blocks, then the body.
 */
import { readBody } from './bodyReader';
import { derivedReportId, metaFromHeader } from './documentMetadata';
import { documentSymbolIn } from './documentSymbol';
import { readFrontMatter } from './frontMatter';
import { labelOf, romanSectionOf } from './labels';
import { judgeSection } from './numbering';
import { ReportInputError } from './reportInputError';
import type { SourceBlock, SourceDocument } from './sourceDocument';
import type { Report, ReportMeta } from './types';
import { UnitDrafts } from './unitDrafts';
import { annexHeadingOf, clauseOf, clauseOpeningOf, languageOfText, startsWithDate } from './vocabulary';

/** What the caller knows of a document besides its blocks. */
export interface ParseOptions {
  /** Named in errors; the report id by default. */
  readonly fileName?: string;
  /** Metadata from the corpus manifest: every field given here wins over what the document prints. */
  readonly meta?: Partial<ReportMeta>;
  /** The id to use when neither the manifest nor the document's symbol gives one. */
  readonly fallbackId?: string;
}

/** Gives structure to a SourceDocument's blocks: a complete Report, or a ReportInputError naming the file. */
export function parseSourceDocument(source: SourceDocument, options: ParseOptions = {}): Report {
  const fileName = options.fileName ?? options.meta?.id ?? options.fallbackId ?? 'document';
  const blocks = validBlocks(source, fileName);
  const drafts = new UnitDrafts();
  const warnings: string[] = [...source.warnings];
  const bodyStart = blocks.findIndex(startsBody);
  const hasBody = bodyStart !== -1;
  const front = readFrontMatter(hasBody ? blocks.slice(0, bodyStart) : blocks, drafts, warnings, hasBody);
  if (hasBody) {
    const start = front.bodyStart ?? bodyStart;
    readBody(blocks.slice(start), start, drafts, warnings);
  }
  else warnings.push('no numbered sections found; the blocks after the title are kept as paragraphs numbered p.1, p.2… in order');

  // A header that prints only "Document 44-E": the running head carries the full symbol.
  if (front.fields.symbol === undefined && typeof source.runningHead === 'string') {
    const symbol = documentSymbolIn(source.runningHead);
    if (symbol !== undefined) front.fields.symbol = symbol;
  }
  const read = metaFromHeader(front.fields);
  const given = options.meta ?? {};
  const allText = blocks.map((block) => block.text).join('\n');
  const language = given.language ?? front.fields.symbol?.language ?? front.headingLanguage ?? languageOfText(allText);
  const partial = { ...read, ...definedOnly(given) };
  const id = given.id ?? derivedReportId({ ...partial, language }) ?? options.fallbackId ?? fileName.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
  const title = given.title ?? front.title ?? subjectFieldTitle(blocks, bodyStart) ?? read.symbol ?? id;
  if (!drafts.has('title')) {
    warnings.push('the document starts without a title line; the manifest title is used');
    drafts.open('title', 'title', title);
  }
  const meta: ReportMeta = {
    id,
    title,
    language,
    ...partial,
    session: given.session ?? read.session ?? 0,
    subject: given.subject ?? read.agendaItem ?? '',
  };
  const units = drafts.toUnits(id);
  // The title unit comes first whatever the order it was found in: readers expect it there.
  const ordered = [...units.filter((unit) => unit.kind === 'title'), ...units.filter((unit) => unit.kind !== 'title')];
  return { meta, units: ordered, warnings };
}

function validBlocks(source: SourceDocument, fileName: string): SourceBlock[] {
  // Importers and scripts may hand over anything; that must end as our error, not a TypeError.
  const blocks: unknown = typeof source === 'object' && source !== null ? Reflect.get(source, 'blocks') : undefined;
  if (!Array.isArray(blocks)) throw new ReportInputError(fileName, 'undecodable', 'the input is not a source document');
  const valid = blocks.filter(
    (block: unknown): block is SourceBlock => typeof block === 'object' && block !== null && typeof Reflect.get(block, 'text') === 'string',
  );
  if (valid.length !== blocks.length) throw new ReportInputError(fileName, 'undecodable', 'some blocks of the source document have no text');
  const withText = valid.filter((block) => block.text.trim() !== '');
  if (withText.length === 0) throw new ReportInputError(fileName, 'no-content', 'there is no text in it (only page furniture or a footer)');
  return withText;
}

/** Whether a block starts the body: a first section number (Arabic, or Roman "I"), an annex heading or a resolution clause. */
function startsBody(block: SourceBlock): boolean {
  if (block.kind === 'tableRow' || block.kind === 'footnote') return false;
  if (annexHeadingOf(block.text) !== undefined || clauseOf(block.text) !== undefined || clauseOpeningOf(block.text) !== undefined) return true;
  if (startsWithDate(block.text)) return false;
  // "I⇥Introduction": a document whose sections are numbered I, II, III… starts its body at I.
  if (romanSectionOf(block.text)?.value === 1) return true;
  const label = block.label === undefined ? labelOf(block.text) : labelOf(`${block.label} ${block.text}`);
  return label.kind === 'number' && label.path.length === 1 && judgeSection(label.path[0], undefined).isAccepted;
}

// The cover sheet of Council documents until 2003 numbers its fields: "1 Subject:" then the title in capitals.
const SUBJECT_FIELD = /^(?:subject|sujet|asunto|tema|тема|الموضوع|主题|议题)\s*[:：]$/iu;

/** The title a cover sheet gives in its "1 Subject:" field, when the front matter had none. */
function subjectFieldTitle(blocks: readonly SourceBlock[], bodyStart: number): string | undefined {
  const field = blocks[bodyStart];
  if (field === undefined || bodyStart < 0) return undefined;
  const label = field.label === undefined ? labelOf(field.text) : labelOf(`${field.label} ${field.text}`);
  const [heading, ...rest] = label.rest.split('\n');
  if (label.kind !== 'number' || !SUBJECT_FIELD.test(heading?.trim() ?? '')) return undefined;
  const named = rest.join(' ').trim() || blocks[bodyStart + 1]?.text.trim();
  return named === undefined || named === '' || named.length > 300 ? undefined : named.replace(/\s+/gu, ' ');
}

function definedOnly(meta: Partial<ReportMeta>): Partial<ReportMeta> {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)) satisfies Partial<ReportMeta>;
}
