/**
 * The flags of every `kb` command that reads the library: `--json`, and `--library DIR` (a
 * folder of DOCX, PDF and text documents read instead of the bundled corpus, build/library/).
 */
import { parseArgs } from 'node:util';

export interface CorpusFlags {
  readonly asJson: boolean;
  /** The library folder; undefined for the bundled corpus. */
  readonly library: string | undefined;
}

/** A wrong `--library` (exit code 2, as node:util's own parse errors). */
export class LibraryUsageError extends Error {
  override readonly name = 'LibraryUsageError';
}

/** Checks a `--library` value: a folder must be named. */
export function libraryFolder(value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === '') throw new LibraryUsageError('--library needs a folder');
  return value;
}

/** Reads `--json` and `--library DIR`; any other option or argument is a usage error (a TypeError with a code, as node:util throws). */
export function parseCorpusFlags(args: string[]): CorpusFlags {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    options: { json: { type: 'boolean', default: false }, library: { type: 'string' } },
  });
  return { asJson: values.json, library: libraryFolder(values.library) };
}
