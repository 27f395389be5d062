/**
 * Reading a user-chosen text file for the renderer, with a hard size limit so a
 * mistaken pick (a video, a disk image) cannot exhaust memory or freeze the UI.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Largest file the bridge reads or writes: 20 MB, far above any council report. */
export const maxTextFileBytes = 20 * 1024 * 1024;

/** A refusal whose message is meant for the user, e.g. "… is 25.3 MB; the limit is 20 MB." */
export class TextFileError extends Error {
  override readonly name = 'TextFileError';
}

/** Formats a byte count for messages: "20 MB", "25.3 MB", "1 KB", "1.5 KB" (units of 1024). */
export function formatSize(bytes: number): string {
  const [amount, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [bytes / 1024, 'KB'];
  return Number.isInteger(amount) ? `${amount} ${unit}` : `${amount.toFixed(1)} ${unit}`;
}

/**
 * Reads `filePath` as UTF-8 text (a BOM is dropped). Throws TextFileError when it is not a
 * regular file, is larger than `maxBytes`, or is not valid UTF-8. Never reads more than
 * `maxBytes + 1` bytes, even if the file grows while being read.
 */
export async function readTextFile(filePath: string, maxBytes: number = maxTextFileBytes): Promise<string> {
  const name = path.basename(filePath);
  // stat before open: opening a FIFO or device for reading could block forever.
  const stats = await fs.stat(filePath);
  if (!stats.isFile()) throw new TextFileError(`“${name}” is not a regular file.`);
  if (stats.size > maxBytes) throw tooLarge(name, stats.size, maxBytes);

  const handle = await fs.open(filePath, 'r');
  let bytes: Buffer;
  try {
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // A full buffer means the file grew after stat: refuse rather than return a prefix.
    if (length > maxBytes) throw tooLarge(name, length, maxBytes);
    if (length === buffer.length) throw new TextFileError(`“${name}” changed while being read; try again.`);
    bytes = buffer.subarray(0, length);
  } finally {
    await handle.close();
  }

  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TextFileError(`“${name}” is not UTF-8 text.`);
  }
}

function tooLarge(name: string, size: number, maxBytes: number): TextFileError {
  return new TextFileError(`“${name}” is ${formatSize(size)}; the limit is ${formatSize(maxBytes)}.`);
}
