/**
 * The imported documents as the app starts: documents removed in an earlier session are purged
 * first (their Undo was offered only in that session, so nothing can bring them back now), then
 * the library is listed. Notes on purged documents stay: they show as orphans with their quotes.
 */
import type { LibraryDocument } from '../core/library/libraryDocument';
import type { DocumentsRepository } from './documentsRepository';

/**
 * Purges the removed documents, then lists the rest. A purge that fails (a full disk, another
 * window holding the database) only delays it to the next start: the library is listed anyway,
 * and removed documents stay hidden since listDocuments skips them.
 */
export async function documentsAtStartUp(repository: DocumentsRepository, onPurgeError: (error: unknown) => void = () => undefined): Promise<LibraryDocument[]> {
  await repository.purgeRemovedDocuments().catch(onPurgeError);
  return repository.listDocuments();
}
