/**
 * What a cached library document was made with: the text pipeline's own source (readers,
 * parser, tokeniser, index format, entities: renderer/src/core, and the Node glue in
 * build/import) and the versions of the libraries the readers use. A change to any of them
 * gives a new fingerprint, so a cache is never trusted after the code that wrote it changed
 * (Zotero keeps an indexer version per item for the same reason).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../paths';

/** Folders whose code turns a file into a library document. */
const pipelineFolders = ['renderer/src/core', 'build/import', 'build/library'];
/** Libraries the readers run; their version is part of what a document was read with. */
const readerPackages = ['pdfjs-dist', 'fflate', 'saxes', 'lunr'];

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(repoRoot, folder), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

async function packageVersion(name: string): Promise<string> {
  try {
    const manifest: unknown = JSON.parse(await readFile(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8'));
    const version: unknown = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'version') : undefined;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'absent';
  }
}

let computing: Promise<string> | undefined;

/** A hex digest of the pipeline's sources and reader versions, computed once per process. */
export function pipelineFingerprint(): Promise<string> {
  computing ??= (async () => {
    const hash = createHash('sha256');
    for (const name of readerPackages) hash.update(`${name}@${await packageVersion(name)}\n`);
    for (const folder of pipelineFolders) {
      for (const file of await sourceFiles(folder)) {
        hash.update(`${file}\n`);
        hash.update(await readFile(path.join(repoRoot, file)));
      }
    }
    return hash.digest('hex');
  })();
  return computing;
}
