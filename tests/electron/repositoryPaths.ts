/** Absolute paths of the repository, for tests that run real tools on real files. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Resolves a repository-relative path. */
export function repositoryPath(...segments: string[]): string {
  return path.join(repositoryRoot, ...segments);
}
