/**
 * The delegate's links between paragraphs (made on a paragraph, not on a note), listed after the
 * notes: `第4.3段 → 第5.2段 “label”`. A note's own links stay with the note (noteSection.ts).
 * Which links a briefing takes follows its scope: everything takes all; a report takes the links
 * that start in it; a tag, stance or selection takes the links that start at a paragraph one of
 * its notes is on, so a briefing on one topic does not list unrelated threads.
 */
import type { RootContent } from 'mdast';
import type { Link } from '../notes/types';
import type { BriefingStrings } from './briefingStrings';
import { documentName, numberOfUnitId, type CorpusIndex } from './corpusIndex';
import { scopeParts } from './exportScope';
import { bulletList, heading, paragraph, text } from './markdownNodes';
import { linkEntryText, unitLabel } from './noteSection';
import type { ExportScope } from './types';

type UnitLink = Link & { readonly from: Extract<Link['from'], { kind: 'unit' }> };

function isLiveUnitLink(link: Link): link is UnitLink {
  return link.deletedAt === null && link.from.kind === 'unit';
}

/** The paragraph links a briefing of `scope` lists, in document order of their two ends. */
export function paragraphLinksInScope(links: readonly Link[], scope: ExportScope, notedUnitIds: ReadonlySet<string>, corpus: CorpusIndex): UnitLink[] {
  const parts = scopeParts(scope);
  const order = (unitId: string): number => corpus.order.get(unitId) ?? Number.POSITIVE_INFINITY;
  return links
    .filter(isLiveUnitLink)
    .filter((link) => parts.every((part) => (part.kind === 'report' ? link.from.reportId === part.reportId : notedUnitIds.has(link.from.unitId))))
    .sort((a, b) => order(a.from.unitId) - order(b.from.unitId) || order(a.to.unitId) - order(b.to.unitId) || (a.createdAt < b.createdAt ? -1 : 1));
}

/** The briefing's section of paragraph links; nothing when there are none. */
export function paragraphLinkNodes(links: readonly UnitLink[], strings: BriefingStrings, corpus: CorpusIndex, depth: 2 | 3): RootContent[] {
  if (links.length === 0) return [];
  const isSingleReport = new Set(links.map((link) => link.from.reportId)).size === 1;
  const entries = links.map((link) => {
    const source = corpus.unitById.get(link.from.unitId);
    const label = unitLabel(strings, source?.number ?? numberOfUnitId(link.from.unitId), source?.kind);
    const from = isSingleReport ? label : `${documentName(corpus, link.from.reportId)} ${label}`;
    return [paragraph(text(`${from} ${linkEntryText(link, link.from.reportId, strings, corpus)}`))];
  });
  return [heading(depth, strings.paragraphLinks), bulletList(entries)];
}
