/**
 * `--library DIR`: a folder of documents (DOCX, PDF, plain text, in it and its sub-folders) read
 * as the app imports them: the import readers and the parser (build/import/parseDocumentFile.ts),
 * then prepareLibraryDocument, as for a document the delegate adds. Each file is read once and
 * cached by its hash (libraryCache.ts). As in the app, each file goes in whole or not at all: one
 * that cannot be read is skipped with its reason, and the others still go in.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { sameDocumentKey, type LibraryDocument } from '../../renderer/src/core/library/libraryDocument';
import { prepareLibraryDocument } from '../../renderer/src/core/library/prepareDocument';
import { parseDocumentFile } from '../import/parseDocumentFile';
import { fileHashOf, type LibraryCache } from './libraryCache';

/** The file types a library folder is read for; anything else in it is left alone. */
const documentExtensions = new Set(['.docx', '.pdf', '.txt']);

/** A document of a library folder, with the file it was read from. */
export interface FolderDocument {
  /** Path relative to the folder, with `/` separators. */
  readonly file: string;
  readonly document: LibraryDocument;
}

export interface ReadFolderOptions {
  readonly cache: LibraryCache;
  /** Told of each file skipped, and why. */
  readonly onWarning: (message: string) => void;
}

/** The document files under `directory`, relative, in code-point order (so that the result does not depend on the file system). */
async function documentFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && documentExtensions.has(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function readOne(directory: string, file: string, cache: LibraryCache): Promise<LibraryDocument> {
  const bytes = new Uint8Array(await readFile(path.join(directory, file)));
  const fileName = path.posix.basename(file);
  const fileHash = fileHashOf(bytes);
  const cached = await cache.get(fileHash, fileName);
  if (cached !== undefined) return cached;
  const report = await parseDocumentFile(bytes, fileName, {});
  const document = prepareLibraryDocument(report, 'imported');
  await cache.put(fileHash, fileName, document);
  return document;
}

/**
 * Reads every document of a library folder. A second copy of a document (same symbol, language
 * and revision, or the same id: a Word file and its PDF) is skipped, as "skip" does in the app;
 * the file that sorts first is kept. Throws only when the folder itself cannot be read.
 */
export async function readLibraryFolder(directory: string, options: ReadFolderOptions): Promise<FolderDocument[]> {
  const info = await stat(directory).catch((error: unknown) => {
    throw new Error(`${directory}: cannot read the library folder: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (!info.isDirectory()) throw new Error(`${directory}: --library needs a folder of documents`);
  const read: FolderDocument[] = [];
  const byId = new Map<string, string>();
  const byKey = new Map<string, string>();
  for (const file of await documentFiles(directory)) {
    let document: LibraryDocument;
    try {
      document = await readOne(directory, file, options.cache);
    } catch (error) {
      options.onWarning(`${file}: skipped: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const { meta } = document.report;
    const same = byKey.get(sameDocumentKey(meta)) ?? byId.get(meta.id);
    if (same !== undefined) {
      options.onWarning(`${file}: skipped: the same document as ${same} (${meta.id})`);
      continue;
    }
    byId.set(meta.id, file);
    byKey.set(sameDocumentKey(meta), file);
    read.push({ file, document });
  }
  return read;
}
