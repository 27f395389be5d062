/**
 * Reading and writing notes. Every write runs in one read-write Dexie transaction (strict
 * durability, set on the database) and its promise resolves only after IndexedDB reports the
 * transaction complete: that is the moment the UI may show "saved". Failures reject with a
 * NoteWriteError whose kind the UI can act on and whose message it can show.
 */
import type { IndexableType } from 'dexie';
import { type ReportText } from '../core/notes/anchor';
import { noteMatcher, sortNotes, type NoteFilter, type NoteOrder, type UnitOrder } from '../core/notes/noteFilters';
import { reanchorNotes, type ReanchorSummary } from '../core/notes/reanchorNotes';
import { canonicalizeTags, tagKey, type TagCount } from '../core/notes/tags';
import type { Note, NoteTarget, Stance } from '../core/notes/types';
import { clockWith, type Clock } from './clock';
import type { KbDatabase } from './kbDatabase';
import { notFoundError, toNoteWriteError } from './writeErrors';

/** What the delegate gives when annotating a unit or a passage. */
export interface NewNote {
  readonly target: NoteTarget;
  readonly body?: string;
  readonly tags?: readonly string[];
  readonly stance?: Stance | null;
}

/** The fields an edit may change; absent fields stay as they are. */
export interface NoteChanges {
  readonly body?: string;
  readonly tags?: readonly string[];
  readonly stance?: Stance | null;
}

function isString(value: IndexableType): value is string {
  return typeof value === 'string';
}

/** Notes in the database: create, edit, soft delete and undo, list, tags, re-anchoring. */
export class NotesRepository {
  private readonly clock: Clock;

  constructor(
    private readonly db: KbDatabase,
    clock: Partial<Clock> = {},
  ) {
    this.clock = clockWith(clock);
  }

  /** Runs `work` in a read-write transaction on notes; resolves after commit, rejects with NoteWriteError. */
  private async write<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction('rw', this.db.notes, work);
    } catch (error) {
      throw toNoteWriteError(error);
    }
  }

  /** Existing tag spellings, so that a new tag typed in another case joins the existing one. */
  private async existingTags(): Promise<string[]> {
    return (await this.db.notes.orderBy('tags').uniqueKeys()).filter(isString);
  }

  /** Saves a new note; resolves with it once committed. */
  async create(input: NewNote): Promise<Note> {
    return this.write(async () => {
      const now = this.clock.now();
      const note: Note = {
        id: this.clock.newId(),
        target: input.target,
        anchor: { status: 'anchored' },
        body: input.body ?? '',
        tags: input.tags === undefined ? [] : canonicalizeTags(input.tags, await this.existingTags()),
        stance: input.stance ?? null,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      };
      await this.db.notes.add(note);
      return note;
    });
  }

  /** Applies `changes` to a live note (autosave calls this); resolves with the saved note once committed. */
  async update(id: string, changes: NoteChanges): Promise<Note> {
    return this.write(async () => {
      const note = await this.db.notes.get(id);
      if (note === undefined || note.deletedAt !== null) throw notFoundError(`note ${id}`);
      const updated: Note = {
        ...note,
        ...(changes.body === undefined ? {} : { body: changes.body }),
        ...(changes.tags === undefined ? {} : { tags: canonicalizeTags(changes.tags, await this.existingTags()) }),
        ...(changes.stance === undefined ? {} : { stance: changes.stance }),
        updatedAt: this.clock.now(),
      };
      await this.db.notes.put(updated);
      return updated;
    });
  }

  /** Marks a note deleted (a tombstone, kept so that undo and backups work); resolves with it. */
  async softDelete(id: string): Promise<Note> {
    return this.write(async () => {
      const note = await this.db.notes.get(id);
      if (note === undefined) throw notFoundError(`note ${id}`);
      if (note.deletedAt !== null) return note;
      const now = this.clock.now();
      const deleted: Note = { ...note, deletedAt: now, updatedAt: now };
      await this.db.notes.put(deleted);
      return deleted;
    });
  }

  /** Undoes a soft delete; resolves with the live note. */
  async restore(id: string): Promise<Note> {
    return this.write(async () => {
      const note = await this.db.notes.get(id);
      if (note === undefined) throw notFoundError(`note ${id}`);
      if (note.deletedAt === null) return note;
      const restored: Note = { ...note, deletedAt: null, updatedAt: this.clock.now() };
      await this.db.notes.put(restored);
      return restored;
    });
  }

  /** One note by id, deleted or not. */
  async get(id: string): Promise<Note | undefined> {
    return this.db.notes.get(id);
  }

  /** The live notes of a report in document order (the notes panel, the reader's highlights). */
  async listForReport(reportId: string, order: UnitOrder): Promise<Note[]> {
    const notes = await this.db.notes.where('target.reportId').equals(reportId).toArray();
    return sortNotes(
      notes.filter((note) => note.deletedAt === null),
      'document',
      order,
    );
  }

  /** The live notes on one unit, by position of their passage. */
  async listForUnit(unitId: string): Promise<Note[]> {
    const notes = await this.db.notes.where('target.unitId').equals(unitId).toArray();
    return sortNotes(
      notes.filter((note) => note.deletedAt === null),
      'document',
    );
  }

  /**
   * Notes matching `filter` in the order asked (the all-notes view). The most selective
   * index narrows the rows read (report, then first tag, then stances); the rest is filtered
   * in memory by the same predicate the UI would use.
   */
  async list(filter: NoteFilter = {}, by: NoteOrder = 'updated', order: UnitOrder = new Map()): Promise<Note[]> {
    const firstTag = filter.tags?.[0];
    const candidates =
      filter.reportId !== undefined
        ? await this.db.notes.where('target.reportId').equals(filter.reportId).toArray()
        : firstTag !== undefined
          ? await this.db.notes.where('tags').equalsIgnoreCase(firstTag.trim()).toArray()
          : filter.stances !== undefined
            ? await this.db.notes.where('stance').anyOf([...filter.stances]).toArray()
            : await this.db.notes.toArray();
    return sortNotes(candidates.filter(noteMatcher(filter)), by, order);
  }

  /** Live notes that re-anchoring could not place, with their quotes (never deleted). */
  async listOrphans(): Promise<Note[]> {
    return this.list({ anchorStatus: 'orphaned' }, 'updated');
  }

  /**
   * Every tag on a live note with its count, most used first: for completion and the tag
   * filter. Reads the multi-entry index's keys, not the notes.
   */
  async tags(): Promise<TagCount[]> {
    const deleted = new Set(await this.db.notes.where('deletedAt').above('').primaryKeys());
    // Keyed by tagKey: imported notes may spell a tag in another case than local ones.
    const counts = new Map<string, { tag: string; count: number }>();
    await this.db.notes.orderBy('tags').eachKey((key, cursor) => {
      if (typeof key !== 'string' || deleted.has(String(cursor.primaryKey))) return;
      const entry = counts.get(tagKey(key));
      if (entry === undefined) counts.set(tagKey(key), { tag: key, count: 1 });
      else entry.count++;
    });
    return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  /**
   * Re-anchors the notes of a report against its current text (run when the reader opens a
   * report; cheap when nothing changed) and saves those that moved or were orphaned. Reading
   * and writing in one transaction keeps an edit made meanwhile in another window from being
   * overwritten.
   */
  async reanchorReport(reportId: string, report: ReportText): Promise<ReanchorSummary> {
    return this.write(async () => {
      const notes = await this.db.notes.where('target.reportId').equals(reportId).toArray();
      const { changed, summary } = reanchorNotes(notes, report);
      if (changed.length > 0) await this.db.notes.bulkPut(changed);
      return summary;
    });
  }
}
