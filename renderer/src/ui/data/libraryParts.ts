/**
 * Which documents the library holds beyond the bundled ones, kept the same way in the page (the
 * knowledge base store) and in the search worker, so both agree on what a change did: imported
 * documents in the order added, and the bundled ones removed or replaced by an imported document
 * with the same report id.
 */
import { entitiesWithoutReports, mergeCorpusEntities } from '../../core/entities/mergeEntities';
import { unpackEntities } from '../../core/entities/entitiesFile';
import type { CorpusEntities } from '../../core/entities/types';
import type { LibraryDocument } from '../../core/library/libraryDocument';
import { libraryEntryOf, type LibraryEntry } from '../../core/library/libraryFiles';
import type { Report } from '../../core/report/types';

/** An imported document as the UI uses it: its report, its entities read, its library entry. */
export interface ImportedPart {
  readonly report: Report;
  readonly entities: CorpusEntities;
  readonly entry: LibraryEntry;
}

/** The bundled reports and their entities, once loaded. */
export interface CorpusPart {
  readonly reports: readonly Report[];
  readonly entities: CorpusEntities;
}

/** Where an imported document stood when it was removed, so that Undo puts it back there. */
interface RemovedPlace {
  readonly index: number;
  readonly addedAt: string | undefined;
}

export class LibraryParts {
  private readonly hidden = new Set<string>();
  private readonly imported = new Map<string, ImportedPart>();
  private readonly removedPlaces = new Map<string, RemovedPlace>();

  constructor(private readonly bundledIds: ReadonlySet<string>) {}

  /**
   * Adds (or replaces, by report id) documents; returns the ids that were in the library before.
   * A removed document coming back (Undo: the same document, added at the same time) takes its
   * old place, as the database keeps it; any other goes to the end.
   */
  add(documents: readonly LibraryDocument[]): string[] {
    const replaced: string[] = [];
    for (const document of documents) {
      const id = document.report.meta.id;
      const isHere = this.has(id);
      if (isHere) replaced.push(id);
      if (this.bundledIds.has(id)) this.hidden.add(id);
      const removed = this.removedPlaces.get(id);
      this.removedPlaces.delete(id);
      // Deleted first so that a replaced document moves to the end, as a new one would.
      this.imported.delete(id);
      const part: ImportedPart = {
        report: document.report,
        entities: unpackEntities(document.entities, [document.report]),
        entry: libraryEntryOf(document.report, document.origin, document.addedAt),
      };
      // A document whose time was not known when removed is taken to be the same one.
      const isUndo = !isHere && removed !== undefined && (removed.addedAt === undefined || removed.addedAt === document.addedAt);
      if (isUndo) this.insertImported(removed.index, id, part);
      else this.imported.set(id, part);
    }
    return replaced;
  }

  /** Puts an imported document at `index` of the order added (a Map keeps insertion order only). */
  private insertImported(index: number, id: string, part: ImportedPart): void {
    const entries = [...this.imported.entries()];
    entries.splice(Math.min(index, entries.length), 0, [id, part]);
    this.imported.clear();
    for (const [key, value] of entries) this.imported.set(key, value);
  }

  /** Removes documents; returns the ids that were in the library. */
  remove(reportIds: readonly string[]): string[] {
    const removed: string[] = [];
    for (const id of reportIds) {
      if (!this.has(id)) continue;
      removed.push(id);
      const part = this.imported.get(id);
      if (part !== undefined) this.removedPlaces.set(id, { index: [...this.imported.keys()].indexOf(id), addedAt: part.entry.addedAt });
      this.imported.delete(id);
      if (this.bundledIds.has(id)) this.hidden.add(id);
    }
    return removed;
  }

  /** Whether the library holds a document with this report id. */
  has(reportId: string): boolean {
    return this.imported.has(reportId) || (this.bundledIds.has(reportId) && !this.hidden.has(reportId));
  }

  /** Whether a bundled report is shown (neither removed nor replaced). */
  isBundledShown(reportId: string): boolean {
    return this.bundledIds.has(reportId) && !this.hidden.has(reportId);
  }

  /** The imported document with this report id, if the library holds one. */
  importedPart(reportId: string): ImportedPart | undefined {
    return this.imported.get(reportId);
  }

  /** The imported documents in the order added. */
  importedParts(): ImportedPart[] {
    return [...this.imported.values()];
  }

  /** Every report of the library with the entities of all of them: bundled ones shown first, then imported ones. */
  corpus(bundled: CorpusPart): CorpusPart {
    const imported = this.importedParts();
    const reports = [...bundled.reports.filter((report) => !this.hidden.has(report.meta.id)), ...imported.map((part) => part.report)];
    const entities = mergeCorpusEntities([entitiesWithoutReports(bundled.entities, this.hidden), ...imported.map((part) => part.entities)]);
    return { reports, entities };
  }
}
