/**
 * The briefing: a delegate's notes as one Markdown document to read, print or send.
 *
 *   ---                                  YAML front matter (frontMatter.ts)
 *   # 简报：<report title>               title, cover (delegation, session, agenda items,
 *                                        documents by symbol), export line, contents
 *   ## <report title>                    per report, in corpus order
 *   ### 4 法律措施                        per section, in document order
 *                                        (grouped by stance: ## 需要维护的立场, ### <report>)
 *   #### 第4.3段                          per note (noteSection.ts): quote, body, tags/stance/links
 *   ## 段落之间的链接                      the delegate's links between paragraphs (paragraphLinks.ts)
 *   ## 无法定位的笔记                      orphans last, per report, with their recorded quotes
 *
 * The whole document is one mdast tree serialised once (serializeMarkdown.ts); notes are the
 * only level-4 headings, and a body can add none (noteBody.ts).
 */
import type { ListItem, Root, RootContent } from 'mdast';
import type { Report } from '../report/types';
import { alsoVersionOf } from './alsoVersion';
import { briefingStrings, type BriefingStrings } from './briefingStrings';
import { corpusIndex, documentName, type CorpusIndex } from './corpusIndex';
import { reanchorNote } from '../notes/reanchorNotes';
import { describeScope, scopeParts } from './exportScope';
import { briefingFileName, localDate } from './fileName';
import { frontMatterNode } from './frontMatter';
import { bulletList, heading, paragraph, strong, text } from './markdownNodes';
import { inlineText } from './plainText';
import { layOutBriefing, type BriefingLayout } from './layout';
import { linksByNote, noteSectionNodes, type NoteSectionContext, type PlacedNote } from './noteSection';
import { paragraphLinkNodes, paragraphLinksInScope } from './paragraphLinks';
import { serializeMarkdown } from './serializeMarkdown';
import type { Note, Stance } from '../notes/types';
import type { Briefing, BriefingCover, BriefingInput, BriefingOptions, ExportScope } from './types';

/** Heading depths of the outline; notes are always at NOTE_DEPTH. */
export const REPORT_DEPTH = 2;
export const SECTION_DEPTH = 3;
export const NOTE_DEPTH = 4;

/** Groups by stance, in the order a delegation reads them, then notes without a stance. */
const STANCE_GROUP_ORDER: ReadonlyArray<Stance | 'none'> = ['support', 'concern', 'question', 'follow-up', 'none'];

/** A top-level part of the briefing: a report (by section) or a stance (by report). */
interface BriefingPart {
  readonly label: string;
  /** Shown under the heading (a report's symbol and subject). */
  readonly info: RootContent[];
  readonly groups: ReadonlyArray<{ readonly label: string; readonly notes: readonly PlacedNote[] }>;
}

function countNotes(part: BriefingPart): number {
  return part.groups.reduce((sum, group) => sum + group.notes.length, 0);
}

function tableOfContents(parts: readonly BriefingPart[], orphanCount: number, strings: BriefingStrings, paragraphLinkCount: number): RootContent[] {
  const items: Array<ListItem['children']> = parts.map((part) => [
    paragraph(text(strings.counted(part.label, countNotes(part)))),
    bulletList(part.groups.map((group) => [paragraph(text(strings.counted(group.label, group.notes.length)))])),
  ]);
  if (paragraphLinkCount > 0) items.push([paragraph(text(strings.counted(strings.paragraphLinks, paragraphLinkCount)))]);
  if (orphanCount > 0) items.push([paragraph(text(strings.counted(strings.orphans, orphanCount)))]);
  return [heading(REPORT_DEPTH, strings.contents), bulletList(items)];
}

/** Nodes for the notes of one section; in paragraph mode a paragraph is quoted once. */
export function sectionNotesNodes(notes: readonly PlacedNote[], context: NoteSectionContext): RootContent[] {
  let previousUnitId: string | undefined;
  return notes.flatMap((placed) => {
    const unitId = placed.unit?.id;
    const isRepeat = context.quoteMode === 'paragraph' && !placed.isOrphan && unitId !== undefined && unitId === previousUnitId;
    previousUnitId = unitId;
    return noteSectionNodes(placed, context, !isRepeat);
  });
}

/** The line under a report's heading: its symbol, body, session and subject (never its internal id). */
function reportInfo(report: Report | undefined): RootContent[] {
  if (report === undefined) return [];
  const parts = [report.meta.symbol, report.meta.body, report.meta.session > 0 ? String(report.meta.session) : undefined, report.meta.subject];
  const line = parts.filter((part) => part !== undefined && part !== '').join(' · ');
  return line === '' ? [] : [paragraph(text(line))];
}

/** The report groups as parts: one per report, its sections as groups. */
function partsBySection(layout: BriefingLayout): BriefingPart[] {
  return layout.reports.map((group) => ({ label: group.label, info: reportInfo(group.report), groups: group.sections }));
}

/** One part per stance that has notes, in STANCE_GROUP_ORDER; its groups are the reports, notes in document order. */
function partsByStance(layout: BriefingLayout, strings: BriefingStrings): BriefingPart[] {
  return STANCE_GROUP_ORDER.flatMap((stance): BriefingPart[] => {
    const groups = layout.reports
      .map((group) => ({
        label: group.label,
        notes: group.sections.flatMap((section) => section.notes.filter((placed) => (placed.note.stance ?? 'none') === stance)),
      }))
      .filter((group) => group.notes.length > 0);
    return groups.length === 0 ? [] : [{ label: strings.stanceGroups[stance], info: [], groups }];
  });
}

/** The cover: delegation, session, agenda items and documents, each on a labelled line when given. */
function coverNodes(cover: BriefingCover | undefined, documents: readonly string[], strings: BriefingStrings): RootContent[] {
  const lines: Array<[string, string]> = [
    [strings.delegation, inlineText(cover?.delegation ?? '')],
    [strings.session, inlineText(cover?.session ?? '')],
    [strings.agendaItems, inlineText(cover?.agendaItems ?? '')],
    [strings.documents, documents.join(strings.scopeSeparator)],
  ];
  const items = lines.filter(([, value]) => value !== '').map(([label, value]) => [paragraph(strong(label), text(strings.colon), text(value))]);
  return items.length === 0 ? [] : [bulletList(items)];
}

function timeOfDay(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** The briefing's report ids: those with notes in it, then any the scope names (paragraph links add theirs). */
function briefingReportIds(layout: BriefingLayout, scope: ExportScope): string[] {
  const ids = [...layout.reports, ...layout.orphans].map((group) => group.reportId);
  for (const part of scopeParts(scope)) if (part.kind === 'report') ids.push(part.reportId);
  return [...new Set(ids)];
}

/**
 * A note re-anchored against its report's current text, as the reader does when it opens a
 * report (core/notes' reanchorNote): a note may come from a colleague's backup or from before a
 * revision, and its stored quote may no longer be in its paragraph. A passage found elsewhere
 * moves the note there; one found nowhere makes it an orphan, quoted as recorded. A note on a
 * report the corpus lacks is left as stored. (Here rather than in layout.ts, which the notes
 * panel loads at start-up and whose notes the reader has re-anchored already.)
 */
function noteAsItReadsNow(note: Note, corpus: CorpusIndex): Note {
  const report = corpus.reportById.get(note.target.reportId);
  return report === undefined ? note : reanchorNote(note, report);
}

/** Builds the briefing for the notes of `scope`: Markdown, a safe file name and the note count. */
export function buildBriefing(input: BriefingInput): Briefing {
  const { tree, fileName, noteCount } = briefingTree(input);
  return { markdown: serializeMarkdown(tree), fileName, noteCount };
}

/**
 * The briefing as an mdast tree before it is written: the one model both writers read (the
 * Markdown serialiser here, the Word writer in docxBriefing.ts).
 */
export function briefingTree(input: BriefingInput): Omit<Briefing, 'markdown'> & { readonly tree: Root } {
  const { reports, notes, links, scope, options } = input;
  const strings = briefingStrings(options.lang);
  const corpus = corpusIndex(reports);
  const layout = layOutBriefing(reports, notes.map((note) => noteAsItReadsNow(note, corpus)), scope, strings);
  const notedUnitIds = new Set(layout.reports.flatMap((group) => group.sections.flatMap((section) => section.notes.map((placed) => placed.note.target.unitId))));
  const unitLinks = paragraphLinksInScope(links, scope, notedUnitIds, corpus);
  const reportIds = [...new Set([...briefingReportIds(layout, scope), ...unitLinks.map((link) => link.from.reportId)])];
  const onlyReport = reportIds.length === 1 && reportIds[0] !== undefined ? corpus.reportById.get(reportIds[0]) : undefined;
  const title = inlineText(strings.title(onlyReport?.meta.title));
  const documents = reportIds.map((id) => inlineText(documentName(corpus, id)));
  const scopeText = describeScope(scope, strings, corpus);
  const context: NoteSectionContext = {
    strings,
    quoteMode: options.quoteMode,
    corpus,
    linksByNote: linksByNote(links),
    headingDepth: NOTE_DEPTH,
    ...(options.changedUnitIds === undefined ? {} : { changedUnitIds: options.changedUnitIds }),
    ...(options.alsoVersion === undefined ? {} : { alsoVersion: alsoVersionOf(reports, options.alsoVersion) }),
  };
  const parts = options.grouping === 'stance' ? partsByStance(layout, strings) : partsBySection(layout);
  const orphanCount = layout.orphans.reduce((sum, group) => sum + group.sections.reduce((total, section) => total + section.notes.length, 0), 0);
  const cover = options.cover;
  const children: RootContent[] = [
    frontMatterNode({
      title,
      lang: options.lang,
      date: localDate(options.exportedAt),
      ...(cover === undefined || inlineText(cover.delegation) === '' ? {} : { delegation: inlineText(cover.delegation) }),
      ...(cover === undefined || inlineText(cover.session) === '' ? {} : { session: inlineText(cover.session) }),
      ...(cover === undefined || inlineText(cover.agendaItems) === '' ? {} : { agenda: inlineText(cover.agendaItems) }),
      documents,
      scope: inlineText(scopeText),
      notes: layout.noteCount,
    }),
    heading(1, title),
    ...coverNodes(cover, documents, strings),
    paragraph(text(strings.exportLine(`${localDate(options.exportedAt)} ${timeOfDay(options.exportedAt)}`, layout.noteCount, scopeText))),
  ];
  if (layout.noteCount === 0) children.push(paragraph(text(strings.noNotes)));
  else children.push(...tableOfContents(parts, orphanCount, strings, unitLinks.length));
  for (const part of parts) {
    children.push(heading(REPORT_DEPTH, part.label), ...part.info);
    for (const group of part.groups) {
      children.push(heading(SECTION_DEPTH, group.label), ...sectionNotesNodes(group.notes, context));
    }
  }
  children.push(...paragraphLinkNodes(unitLinks, strings, corpus, REPORT_DEPTH));
  if (layout.orphans.length > 0) {
    children.push(heading(REPORT_DEPTH, strings.orphans), paragraph(text(strings.orphansExplained)));
    for (const group of layout.orphans) {
      children.push(heading(SECTION_DEPTH, group.label), ...group.sections.flatMap((section) => sectionNotesNodes(section.notes, context)));
    }
  }
  return {
    tree: { type: 'root', children },
    fileName: briefingFileName(reportIds, scopeParts(scope), options.exportedAt),
    noteCount: layout.noteCount,
  };
}

/** Options as the export dialog starts: Chinese, quoted passages, now. */
export function defaultBriefingOptions(exportedAt: Date, lang: BriefingOptions['lang'] = 'zh'): BriefingOptions {
  return { lang, quoteMode: 'passage', exportedAt };
}
