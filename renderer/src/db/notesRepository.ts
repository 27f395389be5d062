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
import { cleanTag, normalizeTags, tagKey, tagSpeller, type TagCount } from '../core/notes/tags';
import type { Note, NoteTarget, Stance } from '../core/notes/types';
import { clockWith, type Clock } from './clock';
import type { KbDatabase } from './kbDatabase';
import { notFoundError, toNoteWriteError } from './writeErrors';
import { writeTransaction } from './writeTransaction';

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

/** A decision on a note carried to a new revision: the note as read, and the note to store given the write's time. */
export interface CarriedDecision {
  readonly before: Note;
  readonly decide: (updatedAt: string) => Note;
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
  private write<T>(work: () => Promise<T>): Promise<T> {
    return writeTransaction(this.db, [this.db.notes], work);
  }

  /**
   * Every tag spelling stored. A key cursor over the multi-entry index, one step per distinct
   * tag (tens to hundreds), never per note.
   */
  private async storedTags(): Promise<string[]> {
    return (await this.db.notes.orderBy('tags').uniqueKeys()).filter(isString);
  }

  /**
   * Tags as they should be stored: cleaned and spelled as the tag already in the database.
   * Every write respells this way, so each tag has one spelling and the index finds all its
   * notes. When every tag is already stored as typed (picked from completion, the usual case)
   * cheap index counts settle it without listing the tags.
   */
  private async spellTags(tags: readonly string[]): Promise<string[]> {
    const cleaned = normalizeTags(tags);
    const counts = await Promise.all(cleaned.map((tag) => this.db.notes.where('tags').equals(tag).count()));
    if (counts.every((count) => count > 0)) return cleaned;
    return tagSpeller(await this.storedTags())(cleaned);
  }

  /** The stored spelling of a tag, or undefined when no note has it. */
  private async storedSpelling(tag: string): Promise<string | undefined> {
    const cleaned = cleanTag(tag);
    if ((await this.db.notes.where('tags').equals(cleaned).count()) > 0) return cleaned;
    const key = tagKey(cleaned);
    return (await this.storedTags()).find((stored) => tagKey(stored) === key);
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
        tags: input.tags === undefined ? [] : await this.spellTags(input.tags),
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
        ...(changes.tags === undefined ? {} : { tags: await this.spellTags(changes.tags) }),
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
   * Notes matching `filter` in the order asked. The most selective index narrows the rows read
   * (report, then first tag, then stances, then tombstones); the same predicate the UI uses
   * does the rest in memory. Every lookup is an index `getAll`, never a value cursor: cursors
   * cost a round trip per row. For the all-notes view, prefer `readAllNotes` and filter the
   * loaded notes in memory on each filter change (see liveQueries.ts).
   */
  async list(filter: NoteFilter = {}, by: NoteOrder = 'updated', order: UnitOrder = new Map()): Promise<Note[]> {
    return sortNotes((await this.candidates(filter)).filter(noteMatcher(filter)), by, order);
  }

  private async candidates(filter: NoteFilter): Promise<Note[]> {
    const notes = this.db.notes;
    if (filter.reportId !== undefined) return notes.where('target.reportId').equals(filter.reportId).toArray();
    const firstTag = filter.tags?.find((tag) => tagKey(tag) !== '');
    if (firstTag !== undefined) {
      const spelling = await this.storedSpelling(firstTag);
      return spelling === undefined ? [] : notes.where('tags').equals(spelling).toArray();
    }
    if (filter.stances !== undefined) {
      return (await Promise.all(filter.stances.map((stance) => notes.where('stance').equals(stance).toArray()))).flat();
    }
    if (filter.deleted === 'only') return notes.where('deletedAt').above('').toArray();
    return notes.toArray();
  }

  /** Every note, deleted or not, as stored (the all-notes view filters these in memory). */
  async listAll(): Promise<Note[]> {
    return this.db.notes.toArray();
  }

  /**
   * The first `limit` live notes of the all-notes order (most recently updated first, ties by
   * id), read through the updatedAt index so that the first screen does not wait for every
   * note. Ties with the last row read are completed from the index, so the answer is exactly
   * the head of `list({}, 'updated')`: a filter applied to it gives the head of the filtered
   * list too. It may hold more than `limit` notes (a tie at the cut).
   *
   * Tombstones are dropped in memory, not by a Dexie filter: without one, Dexie reads the newest
   * rows in one request (IndexedDB getAll with direction 'prev', where the browser has it) instead
   * of a cursor, whose every step waits its turn on a busy main thread. When tombstones crowd the
   * newest rows, it reads again, four times as many.
   */
  async listRecent(limit: number): Promise<Note[]> {
    for (let count = limit; ; count *= 4) {
      const rows = await this.db.notes.orderBy('updatedAt').reverse().limit(count).toArray();
      const live = rows.filter((note) => note.deletedAt === null);
      const isEverything = rows.length < count;
      if (live.length < limit && !isEverything) continue;
      const last = rows.at(-1);
      if (last === undefined || isEverything) return sortNotes(live, 'updated');
      const ties = await this.db.notes.where('updatedAt').equals(last.updatedAt).toArray();
      const byId = new Map(live.map((note) => [note.id, note]));
      for (const note of ties) if (note.deletedAt === null) byId.set(note.id, note);
      return sortNotes([...byId.values()], 'updated');
    }
  }

  /** Live notes on any of `reportIds` (the older revisions whose notes the library counts for review). */
  async listOnReports(reportIds: readonly string[]): Promise<Note[]> {
    if (reportIds.length === 0) return [];
    const notes = await this.db.notes.where('target.reportId').anyOf([...reportIds]).toArray();
    return notes.filter((note) => note.deletedAt === null);
  }

  /** Live notes that re-anchoring could not place, with their quotes (never deleted). */
  async listOrphans(): Promise<Note[]> {
    return this.list({ anchorStatus: 'orphaned' }, 'updated');
  }

  /**
   * Every tag on a live note with its count, most used first: for completion and the tag
   * filter. Counts come from the multi-entry index (one count per tag), minus the tags of
   * tombstones; no note bodies are read.
   */
  async tags(): Promise<TagCount[]> {
    const [spellings, tombstones] = await Promise.all([this.storedTags(), this.db.notes.where('deletedAt').above('').toArray()]);
    const counts = await Promise.all(spellings.map((tag) => this.db.notes.where('tags').equals(tag).count()));
    const deleted = new Map<string, number>();
    for (const note of tombstones) for (const tag of note.tags) deleted.set(tag, (deleted.get(tag) ?? 0) + 1);
    // Grouped by tagKey, in case a tag reached the database in two spellings.
    const byKey = new Map<string, { tag: string; count: number }>();
    spellings.forEach((tag, index) => {
      const count = (counts[index] ?? 0) - (deleted.get(tag) ?? 0);
      if (count <= 0) return;
      const entry = byKey.get(tagKey(tag));
      if (entry === undefined) byKey.set(tagKey(tag), { tag, count });
      else entry.count += count;
    });
    return [...byKey.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  /**
   * Stores the outcome of carrying notes to a new revision (core/revisions/carryNotes.ts): each
   * entry's `decide` gets the time of the write and returns the note to store. All in one
   * transaction; a note deleted or edited since `before` was read is left as it is (the
   * delegate's later edit wins, and the review list shows it again). Resolves with the notes saved.
   */
  async saveCarried(entries: readonly CarriedDecision[]): Promise<Note[]> {
    if (entries.length === 0) return [];
    return this.write(async () => {
      const now = this.clock.now();
      const stored = await this.db.notes.bulkGet(entries.map((entry) => entry.before.id));
      const saved = entries.flatMap((entry, index) => {
        const current = stored[index];
        const isUnchanged = current !== undefined && current.deletedAt === null && current.updatedAt === entry.before.updatedAt;
        return isUnchanged ? [entry.decide(now)] : [];
      });
      if (saved.length > 0) await this.db.notes.bulkPut(saved);
      return saved;
    });
  }

  /**
   * Re-anchors the notes of a report against its current text (run when the reader opens a
   * report) and saves those that moved or were orphaned. Almost every open changes nothing, so
   * a read-only pass checks first: a read-write transaction would hold up the reader's notes
   * query until its durable commit. When something changed, reading and writing again in one
   * transaction keeps an edit made meanwhile in another window from being overwritten.
   */
  async reanchorReport(reportId: string, report: ReportText): Promise<ReanchorSummary> {
    const check = await this.db.notes
      .where('target.reportId')
      .equals(reportId)
      .toArray()
      .then((notes) => reanchorNotes(notes, report), (error: unknown) => Promise.reject(toNoteWriteError(error)));
    if (check.changed.length === 0) return check.summary;
    return this.write(async () => {
      const notes = await this.db.notes.where('target.reportId').equals(reportId).toArray();
      const { changed, summary } = reanchorNotes(notes, report);
      if (changed.length > 0) await this.db.notes.bulkPut(changed);
      return summary;
    });
  }
}
