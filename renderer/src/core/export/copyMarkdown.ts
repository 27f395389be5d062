/**
 * Markdown for the clipboard: one note, or the notes of one section, built from the same
 * pieces as the briefing (no front matter, no contents), with headings starting at level 2 and
 * 3 so that a pasted note does not become the title of the document it is pasted into.
 */
import type { RootContent } from 'mdast';
import type { Link, Note } from '../notes/types';
import type { Report } from '../report/types';
import { sectionNotesNodes } from './briefing';
import { placeNote, sectionLabel } from './layout';
import { briefingStrings } from './briefingStrings';
import { corpusIndex } from './corpusIndex';
import { heading, paragraph, text } from './markdownNodes';
import { linksByNote, noteSectionNodes, type NoteSectionContext } from './noteSection';
import { documentOrderComparator } from '../notes/noteFilters';
import { serializeMarkdown } from './serializeMarkdown';
import type { BriefingLanguage, QuoteMode } from './types';

/** How copied Markdown is written. */
export interface CopyOptions {
  readonly lang: BriefingLanguage;
  readonly quoteMode: QuoteMode;
}

/** What copying needs: the corpus and the delegate's links (for the notes' cross-references). */
export interface CopySource {
  readonly reports: readonly Report[];
  readonly links: readonly Link[];
}

function contextFor(source: CopySource, options: CopyOptions, headingDepth: 2 | 3): NoteSectionContext {
  return {
    strings: briefingStrings(options.lang),
    quoteMode: options.quoteMode,
    corpus: corpusIndex(source.reports),
    linksByNote: linksByNote(source.links),
    headingDepth,
  };
}

/** One note as Markdown: its paragraph number as a heading, the quote, the body, tags, stance and links. */
export function noteMarkdown(note: Note, source: CopySource, options: CopyOptions): string {
  const context = contextFor(source, options, 3);
  return serializeMarkdown({ type: 'root', children: noteSectionNodes(placeNote(note, context.corpus), context) });
}

/**
 * The live notes of one section of a report as Markdown, in document order, under the
 * section's heading and the report's title; `section` is the section number ("4"), or '' for
 * the title and summary.
 */
export function sectionMarkdown(
  notes: readonly Note[],
  where: { readonly reportId: string; readonly section: string },
  source: CopySource,
  options: CopyOptions,
): string {
  const context = contextFor(source, options, 3);
  const { corpus, strings } = context;
  const inSection = notes
    .filter((note) => note.deletedAt === null && note.target.reportId === where.reportId)
    .map((note) => placeNote(note, corpus))
    .filter((placed) => !placed.isOrphan && (placed.unit?.section ?? '') === where.section)
    .sort((a, b) => documentOrderComparator(corpus.order)(a.note, b.note));
  const reportTitle = corpus.reportById.get(where.reportId)?.meta.title ?? where.reportId;
  const children: RootContent[] = [
    heading(2, sectionLabel(corpus, strings, where.reportId, where.section)),
    paragraph(text(reportTitle)),
    ...(inSection.length === 0 ? [paragraph(text(strings.noNotes))] : sectionNotesNodes(inSection, context)),
  ];
  return serializeMarkdown({ type: 'root', children });
}
