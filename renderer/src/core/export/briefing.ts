/**
 * The briefing: a delegate's notes as one Markdown document to read, print or send.
 *
 *   ---                                  YAML front matter (frontMatter.ts)
 *   # 简报：<report title>               title, export line, contents
 *   ## <report title>                    per report, in corpus order
 *   ### 4 法律措施                        per section, in document order
 *   #### 第4.3段                          per note (noteSection.ts): quote, body, tags/stance/links
 *   ## 段落之间的链接                      the delegate's links between paragraphs (paragraphLinks.ts)
 *   ## 无法定位的笔记                      orphans last, per report, with their recorded quotes
 *
 * The whole document is one mdast tree serialised once (serializeMarkdown.ts); notes are the
 * only level-4 headings, and a body can add none (noteBody.ts).
 */
import type { ListItem, Root, RootContent } from 'mdast';
import type { Report } from '../report/types';
import { briefingStrings, type BriefingStrings } from './briefingStrings';
import { corpusIndex } from './corpusIndex';
import { describeScope, filterRecords, scopeParts } from './exportScope';
import { briefingFileName, localDate } from './fileName';
import { frontMatterNode } from './frontMatter';
import { bulletList, heading, paragraph, text } from './markdownNodes';
import { inlineText } from './plainText';
import { layOutBriefing, type BriefingLayout, type ReportGroup } from './layout';
import { linksByNote, noteSectionNodes, type NoteSectionContext, type PlacedNote } from './noteSection';
import { paragraphLinkNodes, paragraphLinksInScope } from './paragraphLinks';
import { serializeMarkdown } from './serializeMarkdown';
import type { Briefing, BriefingInput, BriefingOptions, ExportScope } from './types';

/** Heading depths of the outline; notes are always at NOTE_DEPTH. */
export const REPORT_DEPTH = 2;
export const SECTION_DEPTH = 3;
export const NOTE_DEPTH = 4;






function countNotes(group: ReportGroup): number {
  return group.sections.reduce((sum, section) => sum + section.notes.length, 0);
}

function tableOfContents(layout: BriefingLayout, strings: BriefingStrings, paragraphLinkCount: number): RootContent[] {
  const items: Array<ListItem['children']> = layout.reports.map((group) => [
    paragraph(text(strings.counted(group.label, countNotes(group)))),
    bulletList(group.sections.map((section) => [paragraph(text(strings.counted(section.label, section.notes.length)))])),
  ]);
  if (paragraphLinkCount > 0) items.push([paragraph(text(strings.counted(strings.paragraphLinks, paragraphLinkCount)))]);
  const orphanCount = layout.orphans.reduce((sum, group) => sum + countNotes(group), 0);
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

function reportInfo(report: Report | undefined): RootContent[] {
  if (report === undefined) return [];
  const parts = [report.meta.id, report.meta.body, report.meta.session > 0 ? String(report.meta.session) : undefined, report.meta.subject];
  return [paragraph(text(parts.filter((part) => part !== undefined && part !== '').join(' · ')))];
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

/** Builds the briefing for the notes of `scope`: Markdown, a safe file name and the note count. */
export function buildBriefing(input: BriefingInput): Briefing {
  const { tree, fileName, noteCount } = briefingTree(input);
  return { markdown: serializeMarkdown(tree), fileName, noteCount };
}

/** The briefing as an mdast tree before it is written (buildBriefing writes it; the benchmark times both steps). */
export function briefingTree(input: BriefingInput): Omit<Briefing, 'markdown'> & { readonly tree: Root } {
  const { reports, notes, links, scope, options } = input;
  const strings = briefingStrings(options.lang);
  const corpus = corpusIndex(reports);
  const layout = layOutBriefing(reports, notes, scope, strings);
  const notedUnitIds = new Set(layout.reports.flatMap((group) => group.sections.flatMap((section) => section.notes.map((placed) => placed.note.target.unitId))));
  const unitLinks = paragraphLinksInScope(links, scope, notedUnitIds, corpus);
  const reportIds = [...new Set([...briefingReportIds(layout, scope), ...unitLinks.map((link) => link.from.reportId)])];
  const onlyReport = reportIds.length === 1 && reportIds[0] !== undefined ? corpus.reportById.get(reportIds[0]) : undefined;
  const title = inlineText(strings.title(onlyReport?.meta.title));
  const context: NoteSectionContext = {
    strings,
    quoteMode: options.quoteMode,
    corpus,
    linksByNote: linksByNote(links),
    headingDepth: NOTE_DEPTH,
    ...(options.changedUnitIds === undefined ? {} : { changedUnitIds: options.changedUnitIds }),
  };
  const children: RootContent[] = [
    frontMatterNode({
      title,
      lang: options.lang,
      date: localDate(options.exportedAt),
      exportedAt: options.exportedAt.toISOString(),
      reports: reportIds.map((id) => ({ id: inlineText(id), title: inlineText(corpus.reportById.get(id)?.meta.title ?? '') })),
      filters: filterRecords(scope),
      quote: options.quoteMode,
      notes: layout.noteCount,
    }),
    heading(1, title),
    paragraph(text(strings.exportLine(`${localDate(options.exportedAt)} ${timeOfDay(options.exportedAt)}`, layout.noteCount, describeScope(scope, strings, corpus)))),
  ];
  if (layout.noteCount === 0) children.push(paragraph(text(strings.noNotes)));
  else children.push(...tableOfContents(layout, strings, unitLinks.length));
  for (const group of layout.reports) {
    children.push(heading(REPORT_DEPTH, group.label), ...reportInfo(group.report));
    for (const section of group.sections) {
      children.push(heading(SECTION_DEPTH, section.label), ...sectionNotesNodes(section.notes, context));
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
