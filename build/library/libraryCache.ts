/**
 * The `--library` cache: each file of a library folder read once into a LibraryDocument (report,
 * search segment, entities) and kept as JSON (the packed segment's bytes in base64), keyed by the
 * file's SHA-256 and its name (a document that prints no symbol takes its id from its name).
 * Entries live in a folder per pipeline fingerprint (pipelineFingerprint.ts): when the code that
 * reads documents changes, the old folder is deleted and every file is read again, never served
 * stale.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isJsonObject } from '../../renderer/src/core/json/jsonValidation';
import type { LibraryDocument } from '../../renderer/src/core/library/libraryDocument';
import { repoRoot } from '../paths';
import { pipelineFingerprint } from './pipelineFingerprint';

/** Where the cache lives unless KB_LIBRARY_CACHE names another folder (tests use their own). */
export function defaultLibraryCacheDir(): string {
  return process.env['KB_LIBRARY_CACHE'] ?? path.join(repoRoot, 'node_modules', '.cache', 'kb-library');
}

// 2: the document's segment packed (core/search/packedSearchIndex.ts), its bytes in base64.
const CACHE_ENTRY_FORMAT = 'kb-library-cache/2';

/** A LibraryDocument as JSON holds it: the packed segment's bytes as base64. */
type CachedDocument = Omit<LibraryDocument, 'segment'> & { readonly segment: { readonly unitIds: readonly string[]; readonly bytes: string } };

interface CacheEntry {
  readonly format: typeof CACHE_ENTRY_FORMAT;
  readonly fileHash: string;
  readonly fileName: string;
  readonly document: CachedDocument;
}

/** The SHA-256 of a file's bytes, in hex. */
export function fileHashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isEntryFor(value: unknown, fileHash: string, fileName: string): value is CacheEntry {
  if (!isJsonObject(value) || value.format !== CACHE_ENTRY_FORMAT || value.fileHash !== fileHash || value.fileName !== fileName) return false;
  const document = value.document;
  return (
    isJsonObject(document) &&
    isJsonObject(document.report) &&
    isJsonObject(document.segment) &&
    Array.isArray(document.segment.unitIds) &&
    typeof document.segment.bytes === 'string'
  );
}

export class LibraryCache {
  private constructor(private readonly folder: string) {}

  /** Opens the cache for the current pipeline, deleting the folders of every other one. */
  static async open(directory: string = defaultLibraryCacheDir()): Promise<LibraryCache> {
    const current = (await pipelineFingerprint()).slice(0, 16);
    await mkdir(path.join(directory, current), { recursive: true });
    const stale = (await readdir(directory)).filter((name) => name !== current);
    await Promise.all(stale.map((name) => rm(path.join(directory, name), { recursive: true, force: true })));
    return new LibraryCache(path.join(directory, current));
  }

  private entryPath(fileHash: string, fileName: string): string {
    const nameHash = createHash('sha256').update(fileName).digest('hex').slice(0, 12);
    return path.join(this.folder, `${fileHash}-${nameHash}.json`);
  }

  /** The document read from these bytes under this name before, if the cache holds it intact. */
  async get(fileHash: string, fileName: string): Promise<LibraryDocument | undefined> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(this.entryPath(fileHash, fileName), 'utf8'));
    } catch {
      // Absent or damaged: read the file again.
      return undefined;
    }
    if (!isEntryFor(parsed, fileHash, fileName)) return undefined;
    const { segment, ...document } = parsed.document;
    return { ...document, segment: { unitIds: segment.unitIds, bytes: new Uint8Array(Buffer.from(segment.bytes, 'base64')) } };
  }

  /** Keeps a document; written to a temporary file first, so that a reader never sees half an entry. */
  async put(fileHash: string, fileName: string, document: LibraryDocument): Promise<void> {
    const target = this.entryPath(fileHash, fileName);
    const temporary = `${target}.${process.pid}.tmp`;
    const { segment, ...rest } = document;
    const cached: CachedDocument = { ...rest, segment: { unitIds: segment.unitIds, bytes: Buffer.from(segment.bytes).toString('base64') } };
    const entry: CacheEntry = { format: CACHE_ENTRY_FORMAT, fileHash, fileName, document: cached };
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, target);
  }
}
