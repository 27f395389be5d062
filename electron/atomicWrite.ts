/**
 * Atomic replacement of a user's file: a crash, a full disk or a failed rename never
 * leaves a half-written export or note behind. Plain Node, tested on real temp dirs.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `content` (UTF-8) to `targetPath` atomically: the bytes go to a temporary file
 * in the same directory (rename is only atomic within one file system), are fsynced,
 * then the temporary file is renamed over the target. On any failure the temporary
 * file is removed, the error is rethrown and an existing target is left untouched.
 * If the target is a symlink, the link itself is replaced by a regular file.
 */
export async function writeFileAtomic(targetPath: string, content: string | Uint8Array): Promise<void> {
  const directory = path.dirname(targetPath);
  const temporaryPath = path.join(directory, `.${path.basename(targetPath)}.${randomUUID()}.tmp`);
  const mode = await existingFileMode(targetPath);
  let handle: FileHandle | undefined;
  try {
    // 'wx': fail rather than reuse a file someone else created under our name.
    handle = await fs.open(temporaryPath, 'wx', mode);
    await (typeof content === 'string' ? handle.writeFile(content, 'utf8') : handle.writeFile(content));
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temporaryPath, targetPath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temporaryPath, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}

/** Keeps the permission bits of a file being replaced; new files get the usual 0o666 & ~umask. */
async function existingFileMode(targetPath: string): Promise<number> {
  try {
    const stats = await fs.stat(targetPath);
    return stats.isFile() ? stats.mode & 0o777 : 0o666;
  } catch {
    return 0o666;
  }
}

/**
 * Makes the rename itself durable on POSIX. Best effort: Windows cannot open a
 * directory for fsync, and the data is already safe in the renamed file.
 */
async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(directory, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform or file system; nothing to undo.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
