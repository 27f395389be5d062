/**
 * The delegate's links as the reader shows them: by unit, each unit's outgoing links (from the
 * paragraph itself) and incoming ones (backlinks, from a paragraph or from a note). Pure, so
 * that the grouping is tested without a database.
 */
import type { Link, LinkDestination, NoteTarget } from '../../core/notes/types';
import { splitUnitId } from '../../core/notes/unitRef';

/** The other end of a shown link: a unit, or a note on a unit. */
export interface LinkEnd {
  readonly reportId: string;
  readonly unitId: string;
  readonly number: string;
  /** Set when that end is one of the delegate's notes on the unit. */
  readonly noteId?: string;
}

export interface ShownLink {
  readonly link: Link;
  readonly other: LinkEnd;
}

export interface UnitLinkGroup {
  readonly outgoing: readonly ShownLink[];
  readonly incoming: readonly ShownLink[];
}

/** A link's destination as a link end; the number read back from the unit id. */
export function destinationEnd(to: LinkDestination): LinkEnd {
  return { reportId: to.reportId, unitId: to.unitId, number: splitUnitId(to.unitId)?.number ?? to.unitId };
}

function sourceEnd(link: Link, noteTargets: ReadonlyMap<string, NoteTarget>): LinkEnd | undefined {
  const from = link.from;
  if (from.kind === 'unit') return destinationEnd(from);
  const target = noteTargets.get(from.noteId);
  return target === undefined ? undefined : { ...destinationEnd(target), noteId: from.noteId };
}

/**
 * Live links grouped by unit id, oldest first as given. `noteTargets` holds the live notes that
 * links start from: a link from a note that is deleted (or not here) has no end to show.
 */
export function groupLinksByUnit(links: readonly Link[], noteTargets: ReadonlyMap<string, NoteTarget>): Map<string, UnitLinkGroup> {
  const groups = new Map<string, { outgoing: ShownLink[]; incoming: ShownLink[] }>();
  const groupOf = (unitId: string) => {
    let group = groups.get(unitId);
    if (group === undefined) {
      group = { outgoing: [], incoming: [] };
      groups.set(unitId, group);
    }
    return group;
  };
  for (const link of links) {
    if (link.deletedAt !== null) continue;
    const source = sourceEnd(link, noteTargets);
    if (source === undefined) continue;
    if (link.from.kind === 'unit') groupOf(link.from.unitId).outgoing.push({ link, other: destinationEnd(link.to) });
    groupOf(link.to.unitId).incoming.push({ link, other: source });
  }
  return groups;
}

/** The note ids that links start from, once each (to look their notes up). */
export function sourceNoteIds(links: readonly Link[]): string[] {
  return [...new Set(links.flatMap((link) => (link.from.kind === 'note' ? [link.from.noteId] : [])))];
}
