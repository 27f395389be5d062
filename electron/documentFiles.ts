/**
 * The files a delegate chose in the open dialog, for the import: which to hand over (the caps of
 * one import, decided by the bridge's documentFileVerdicts before any byte is read) and their
 * bytes. Only base names go back to the renderer, never the folders.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { documentFileCaps, documentFileVerdicts, type DocumentFileCaps, type DocumentFileVerdicts } from '../renderer/src/bridge/documentFiles.js';
import type { OpenedDocumentFiles } from '../renderer/src/bridge/kbBridge.js';

/** A chosen path with what `stat` says of it. */
export interface DocumentFileCandidatePath {
  readonly path: string;
  readonly name: string;
  readonly size: number;
  readonly isFile: boolean;
}

/** Which of `filePaths` to read: regular files within the caps, in the order chosen; the rest refused with why. */
export async function planDocumentFiles(
  filePaths: readonly string[],
  caps: DocumentFileCaps = documentFileCaps,
): Promise<DocumentFileVerdicts<DocumentFileCandidatePath>> {
  const candidates = await Promise.all(
    filePaths.map(async (filePath) => {
      // stat, not open: opening a FIFO or a device for reading could block forever.
      const stats = await fs.stat(filePath).catch(() => null);
      return { path: filePath, name: path.basename(filePath), size: stats?.size ?? 0, isFile: stats?.isFile() ?? false };
    }),
  );
  return documentFileVerdicts(candidates, caps);
}

/**
 * Reads the accepted files. A file that grew past the cap or vanished since it was planned is
 * refused, never read in part.
 */
export async function readDocumentFiles(plan: DocumentFileVerdicts<DocumentFileCandidatePath>, caps: DocumentFileCaps = documentFileCaps): Promise<OpenedDocumentFiles> {
  const files: OpenedDocumentFiles['files'][number][] = [];
  const refused = [...plan.refused];
  for (const candidate of plan.accepted) {
    const bytes = await fs.readFile(candidate.path).catch(() => null);
    if (bytes === null) refused.push({ name: candidate.name, reason: 'unreadable' });
    else if (bytes.byteLength > caps.maxFileBytes) refused.push({ name: candidate.name, reason: 'too-large' });
    else files.push({ name: candidate.name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  }
  return { files, refused };
}
