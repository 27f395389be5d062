/** Real temporary directories for tests that touch the file system (no fs mocks). */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';

/**
 * Returns a function that creates a fresh directory under the OS temp dir. Every
 * directory it made is removed after each test, or after the whole file when made in
 * `beforeAll` (`removeAfter: 'all'`).
 */
export function useTempDirectories(prefix: string, removeAfter: 'each' | 'all' = 'each'): () => Promise<string> {
  const created: string[] = [];
  const removeCreated = async (): Promise<void> => {
    await Promise.all(created.splice(0).map((directory) => fs.rm(directory, { recursive: true, force: true })));
  };
  if (removeAfter === 'each') afterEach(removeCreated);
  else afterAll(removeCreated);
  return async () => {
    const directory = await fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
    created.push(directory);
    return directory;
  };
}

/** Writes `files` (relative path → content) under `root`, creating folders as needed. */
export async function writeTree(root: string, files: Readonly<Record<string, string>>): Promise<void> {
  for (const [relativePath, content] of Object.entries(files)) {
    const filePath = path.join(root, relativePath);
    await fs.mkdir(path.dirname(filePath), { recursive: true });
    await fs.writeFile(filePath, content);
  }
}
