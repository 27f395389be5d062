/** The checked-in import fixtures (written by build/importFixtures/makeFixtures.ts with real tools) and the Node pdf.js runtime. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nodePdfRuntime } from '../../../build/import/nodePdfRuntime';
import { repoRoot } from '../../../build/paths';
import { ImportError } from '../../../renderer/src/core/import/importError';
import { readDocument, type ReadDocumentOptions } from '../../../renderer/src/core/import/readDocument';
import type { SourceDocument } from '../../../renderer/src/core/report/sourceDocument';

/** The bytes of a fixture in tests/fixtures/import. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(repoRoot, 'tests/fixtures/import', name)));
}

/** Reads a fixture as the app will, PDF included. */
export function readFixture(name: string, options: ReadDocumentOptions = {}): Promise<SourceDocument> {
  return readDocument(fixtureBytes(name), name, { pdf: nodePdfRuntime, ...options });
}

/** The ImportError reading `bytes` throws (fails the test when it throws something else or nothing). */
export async function importErrorOf(bytes: Uint8Array, name: string, options: ReadDocumentOptions = {}): Promise<ImportError> {
  try {
    await readDocument(bytes, name, { pdf: nodePdfRuntime, ...options });
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error(`${name} was read without error`);
}
