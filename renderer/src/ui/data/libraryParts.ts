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

export class LibraryParts {
  private readonly hidden = new Set<string>();
  private readonly imported = new Map<string, ImportedPart>();

  constructor(private readonly bundledIds: ReadonlySet<string>) {}

  /** Adds (or replaces, by report id) documents; returns the ids that were in the library before. */
  add(documents: readonly LibraryDocument[]): string[] {
    const replaced: string[] = [];
    for (const document of documents) {
      const id = document.report.meta.id;
      if (this.has(id)) replaced.push(id);
      if (this.bundledIds.has(id)) this.hidden.add(id);
      // Deleted first so that a replaced document moves to the end, as a new one would.
      this.imported.delete(id);
      this.imported.set(id, {
        report: document.report,
        entities: unpackEntities(document.entities, [document.report]),
        entry: libraryEntryOf(document.report, document.origin, document.addedAt),
      });
    }
    return replaced;
  }

  /** Removes documents; returns the ids that were in the library. */
  remove(reportIds: readonly string[]): string[] {
    const removed: string[] = [];
    for (const id of reportIds) {
      if (!this.has(id)) continue;
      removed.push(id);
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
