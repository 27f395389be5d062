/**
 * Turns a parsed report into a library document: its entities and its own search segment. The
 * build (bundled reports) and the import worker (the delegate's files) both come through here,
 * so a document is indexed the same way whichever way it entered.
 */
import { packEntities } from '../entities/entitiesFile';
import { entityNameGroups } from '../entities/entityNames';
import { extractEntities } from '../entities/extractEntities';
import type { Report } from '../report/types';
import { buildSearchIndex } from '../search/buildSearchIndex';
import { packSearchIndex } from '../search/packedSearchIndex';
import type { DocumentOrigin, LibraryDocument, OriginalFile } from './libraryDocument';

/** Extracts the report's entities and builds its search segment. */
export function prepareLibraryDocument(
  report: Report,
  origin: DocumentOrigin,
  details: { readonly file?: OriginalFile; readonly addedAt?: string } = {},
): LibraryDocument {
  const entities = extractEntities([report]);
  const segment = packSearchIndex(
    buildSearchIndex(report.units, {
      reportLanguages: new Map([[report.meta.id, report.meta.language]]),
      nameGroups: entityNameGroups(entities.entities),
    }),
  );
  return { report, segment, entities: packEntities(entities, [report]), origin, ...details };
}
