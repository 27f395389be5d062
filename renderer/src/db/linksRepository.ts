/**
 * Reading and writing the delegate's links (issue 6): from a unit or a note to another unit,
 * with an optional label. Same rules as notes: one strict read-write transaction per write,
 * resolved after commit; soft delete with undo; tombstones travel in backups.
 */
import type { Link, LinkDestination, LinkSource } from '../core/notes/types';
import { clockWith, type Clock } from './clock';
import type { KbDatabase } from './kbDatabase';
import { notFoundError } from './writeErrors';
import { writeTransaction } from './writeTransaction';

/** What the delegate gives when making a link. */
export interface NewLink {
  readonly from: LinkSource;
  readonly to: LinkDestination;
  readonly label?: string;
}

function isLive(link: Link): boolean {
  return link.deletedAt === null;
}

function byCreation(a: Link, b: Link): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Links in the database: create, relabel, soft delete and undo, list from and to a unit or note. */
export class LinksRepository {
  private readonly clock: Clock;

  constructor(
    private readonly db: KbDatabase,
    clock: Partial<Clock> = {},
  ) {
    this.clock = clockWith(clock);
  }

  private write<T>(work: () => Promise<T>): Promise<T> {
    return writeTransaction(this.db, [this.db.links], work);
  }

  private async change(id: string, edit: (link: Link, now: string) => Link | undefined): Promise<Link> {
    return this.write(async () => {
      const link = await this.db.links.get(id);
      if (link === undefined) throw notFoundError(`link ${id}`);
      const changed = edit(link, this.clock.now());
      if (changed === undefined) return link;
      await this.db.links.put(changed);
      return changed;
    });
  }

  /** Saves a new link; resolves with it once committed. */
  async create(input: NewLink): Promise<Link> {
    return this.write(async () => {
      const now = this.clock.now();
      const link: Link = {
        id: this.clock.newId(),
        from: input.from,
        to: input.to,
        label: input.label?.trim() ?? '',
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      };
      await this.db.links.add(link);
      return link;
    });
  }

  /** Changes a live link's label (empty for none). */
  async relabel(id: string, label: string): Promise<Link> {
    return this.change(id, (link, now) => {
      if (link.deletedAt !== null) throw notFoundError(`link ${id}`);
      return { ...link, label: label.trim(), updatedAt: now };
    });
  }

  /** Marks a link deleted (a tombstone); resolves with it. */
  async softDelete(id: string): Promise<Link> {
    return this.change(id, (link, now) => (link.deletedAt !== null ? undefined : { ...link, deletedAt: now, updatedAt: now }));
  }

  /** Undoes a soft delete. */
  async restore(id: string): Promise<Link> {
    return this.change(id, (link, now) => (link.deletedAt === null ? undefined : { ...link, deletedAt: null, updatedAt: now }));
  }

  /** One link by id, deleted or not. */
  async get(id: string): Promise<Link | undefined> {
    return this.db.links.get(id);
  }

  /** Live links starting at a unit (not those from its notes), oldest first. */
  async listFromUnit(unitId: string): Promise<Link[]> {
    return (await this.db.links.where('from.unitId').equals(unitId).toArray()).filter(isLive).sort(byCreation);
  }

  /** Live links starting at a note, oldest first. */
  async listFromNote(noteId: string): Promise<Link[]> {
    return (await this.db.links.where('from.noteId').equals(noteId).toArray()).filter(isLive).sort(byCreation);
  }

  /** Live links pointing at a unit (its backlinks), oldest first. */
  async listToUnit(unitId: string): Promise<Link[]> {
    return (await this.db.links.where('to.unitId').equals(unitId).toArray()).filter(isLive).sort(byCreation);
  }

  /** Live links from units of a report, or to them, oldest first (the Markdown export of a report). */
  async listForReport(reportId: string): Promise<Link[]> {
    const [from, to] = await Promise.all([
      this.db.links.where('from.reportId').equals(reportId).toArray(),
      this.db.links.where('to.reportId').equals(reportId).toArray(),
    ]);
    const byId = new Map([...from, ...to].map((link) => [link.id, link]));
    return [...byId.values()].filter(isLive).sort(byCreation);
  }

  /** Every live link, oldest first. */
  async listAll(): Promise<Link[]> {
    return (await this.db.links.toArray()).filter(isLive).sort(byCreation);
  }
}
