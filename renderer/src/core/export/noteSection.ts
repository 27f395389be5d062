/**
 * One note as a piece of the briefing (and of the clipboard): a heading with the paragraph's
 * number, the quoted passage, the body, then one list with tags, stance and links. The heading
 * is the note's only heading and the list its last block, so a reader (or a test) can find
 * every note by its heading whatever the body holds.
 */
import type { Heading, ListItem, PhrasingContent, RootContent } from 'mdast';
import type { Link, Note } from '../notes/types';
import type { UnitKind } from '../report/types';
import { unitPlaceOf } from '../report/unitPlace';
import { alsoVersionNodes, type AlsoVersion } from './alsoVersion';
import type { BriefingStrings } from './briefingStrings';
import { documentName, numberOfUnitId, type CorpusIndex } from './corpusIndex';
import { bulletList, heading, paragraph, strong, text, textParagraphs } from './markdownNodes';
import type { PlacedNote } from './layout';
import { noteBodyBlocks } from './noteBody';
import { inlineText } from './plainText';
import type { QuoteMode } from './types';

export type { PlacedNote } from './layout';


/** What every note section of one document shares. */
export interface NoteSectionContext {
  readonly strings: BriefingStrings;
  readonly quoteMode: QuoteMode;
  readonly corpus: CorpusIndex;
  /** Live links from each note, by note id. */
  readonly linksByNote: ReadonlyMap<string, readonly Link[]>;
  readonly headingDepth: Heading['depth'];
  /** Units changed since their report's previous revision; absent when the briefing marks none. */
  readonly changedUnitIds?: ReadonlySet<string>;
  /** Another language version's paragraph to quote under each note's quote; absent when none is asked for. */
  readonly alsoVersion?: AlsoVersion;
}

function guessKind(number: string): UnitKind {
  if (number === 'title') return 'title';
  return number.startsWith('summary.') ? 'summary' : 'paragraph';
}

/** How the briefing names a unit: "第4.3段", "Summary paragraph 1", "Report title"… */
export function unitLabel(strings: BriefingStrings, number: string, kind: UnitKind = guessKind(number)): string {
  // Annex paragraphs, resolution items, footnotes, tables: named by what their number says they are.
  if (kind !== 'title' && kind !== 'summary' && !/^[0-9]/u.test(number)) return strings.place(unitPlaceOf(number));
  switch (kind) {
    case 'title':
      return strings.reportTitle;
    case 'summary':
      return strings.summaryParagraph(number.replace(/^summary\./u, ''));
    case 'section':
      return strings.sectionHeading(number);
    default:
      return strings.paragraph(number);
  }
}

/** The heading text of a note: its unit's label. */
export function noteHeadingText(placed: PlacedNote, strings: BriefingStrings): string {
  const number = placed.unit?.number ?? numberOfUnitId(placed.note.target.unitId);
  return unitLabel(strings, number, placed.unit?.kind);
}

/** The text to quote under a note, or undefined when there is none to show. */
export function quoteText(placed: PlacedNote, quoteMode: QuoteMode): string | undefined {
  const { note, unit } = placed;
  const passage = note.target.selector?.quote.exact;
  // An orphan's unit text is not what the delegate annotated: keep the quote they recorded.
  if (placed.isOrphan || unit === undefined) return note.anchor.originalQuote ?? passage;
  return quoteMode === 'paragraph' || passage === undefined ? unit.text : passage;
}

/** A link's far end and label as one line: `→ 第5.2段 “label”` (the document's symbol or title when it is another report). */
export function linkEntryText(link: Link, fromReportId: string, strings: BriefingStrings, corpus: CorpusIndex): string {
  const destination = corpus.unitById.get(link.to.unitId);
  const label = unitLabel(strings, destination?.number ?? numberOfUnitId(link.to.unitId), destination?.kind);
  const where = link.to.reportId === fromReportId ? label : `${documentName(corpus, link.to.reportId)} ${label}`;
  const missing = destination === undefined ? strings.linkElsewhere : '';
  const described = inlineText(link.label) === '' ? '' : ` ${strings.quoted(inlineText(link.label))}`;
  return `→ ${where}${missing}${described}`;
}

function linkEntry(link: Link, fromReportId: string, context: NoteSectionContext): ListItem['children'] {
  return [paragraph(text(linkEntryText(link, fromReportId, context.strings, context.corpus)))];
}

function labelled(strings: BriefingStrings, name: string, values: readonly PhrasingContent[]): ListItem['children'] {
  return [paragraph(strong(name), text(values.length === 0 ? strings.colon.trimEnd() : strings.colon), ...values)];
}

function metaList(note: Note, context: NoteSectionContext): RootContent[] {
  const { strings, corpus } = context;
  const items: Array<ListItem['children']> = [];
  const tags = note.tags.map(inlineText).filter((tag) => tag !== '');
  if (tags.length > 0) {
    // Inline code keeps each tag whole and visibly apart, whatever it contains.
    const chips = tags.flatMap((tag, i): PhrasingContent[] => [...(i === 0 ? [] : [text(' ')]), { type: 'inlineCode', value: tag }]);
    items.push(labelled(strings, strings.tags, chips));
  }
  if (note.stance !== null) items.push(labelled(strings, strings.stance, [text(strings.stances[note.stance])]));
  const links = [...(context.linksByNote.get(note.id) ?? [])].sort(
    (a, b) =>
      (corpus.order.get(a.to.unitId) ?? Number.POSITIVE_INFINITY) - (corpus.order.get(b.to.unitId) ?? Number.POSITIVE_INFINITY) ||
      (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  );
  if (links.length > 0) {
    const entries = bulletList(links.map((link) => linkEntry(link, note.target.reportId, context)));
    items.push([...labelled(strings, strings.links, []), entries]);
  }
  return items.length === 0 ? [] : [bulletList(items)];
}

/** "(changed in Rev.1)" after a changed paragraph's note heading, naming the revision when its report has a number. */
function changedMark(placed: PlacedNote, context: NoteSectionContext): string {
  const revision = placed.unit === undefined ? undefined : context.corpus.reportById.get(placed.unit.reportId)?.meta.revision;
  const named = context.strings.changedInNamedRevision;
  return revision === undefined || named === undefined ? context.strings.changedInRevision : named(`Rev.${revision}`);
}

/**
 * The nodes of one note: heading, quote (unless `showQuote` is false: the paragraph was quoted
 * for the note before), body, and tags, stance and links.
 */
export function noteSectionNodes(placed: PlacedNote, context: NoteSectionContext, showQuote = true): RootContent[] {
  const isChanged = !placed.isOrphan && placed.unit !== undefined && context.changedUnitIds?.has(placed.unit.id) === true;
  const place = noteHeadingText(placed, context.strings);
  const headingText = place + (isChanged ? changedMark(placed, context) : '');
  const nodes: RootContent[] = [heading(context.headingDepth, headingText)];
  if (showQuote) {
    const quote = quoteText(placed, context.quoteMode);
    const paragraphs = quote === undefined ? [] : textParagraphs(quote);
    if (paragraphs.length > 0) nodes.push({ type: 'blockquote', children: paragraphs });
    else if (placed.isOrphan) nodes.push(paragraph({ type: 'emphasis', children: [text(context.strings.noQuote)] }));
    nodes.push(...alsoVersionNodes(placed, context.alsoVersion, context.strings, place));
  }
  nodes.push(...noteBodyBlocks(placed.note.body), ...metaList(placed.note, context));
  return nodes;
}

/** Live links that start at a note, by note id. */
export function linksByNote(links: readonly Link[]): Map<string, Link[]> {
  const byNote = new Map<string, Link[]>();
  for (const link of links) {
    if (link.deletedAt !== null || link.from.kind !== 'note') continue;
    const list = byNote.get(link.from.noteId);
    if (list === undefined) byNote.set(link.from.noteId, [link]);
    else list.push(link);
  }
  return byNote;
}
