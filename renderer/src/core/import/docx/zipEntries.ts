import { unzipSync } from 'fflate';
import { ImportError } from '../importError';
import type { ImportLimits } from '../importLimits';

/**
 * Reads the named entries of a ZIP archive, within the caps. fflate sizes each output buffer from
 * the entry's declared size and never writes past it, so a lying header cannot grow memory; the
 * entry count and the declared sizes are checked before anything is inflated.
 */
export function readZipEntries(
  bytes: Uint8Array,
  names: readonly string[],
  limits: ImportLimits,
  fileName: string,
): Map<string, Uint8Array> {
  const wanted = new Set(names);
  let entryCount = 0;
  let declaredBytes = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(entry) {
        entryCount += 1;
        if (entryCount > limits.maxZipEntries) {
          throw new ImportError(fileName, 'too-large', `the archive holds more than ${limits.maxZipEntries} entries`);
        }
        if (!wanted.has(entry.name)) return false;
        declaredBytes += entry.originalSize;
        if (declaredBytes > limits.maxUncompressedBytes) {
          throw new ImportError(
            fileName,
            'too-large',
            `its parts would decompress to more than ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(fileName, 'corrupt-zip', `the ZIP archive is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
  return new Map(Object.entries(files));
}
