import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root, whatever the working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const dataDir = path.join(repoRoot, 'data');
export const manifestPath = path.join(dataDir, 'manifest.json');
/** What the app loads at start-up; Vite serves and bundles this folder as static files. */
export const generatedDir = path.join(dataDir, 'generated');
export const corpusJsonPath = path.join(generatedDir, 'corpus.json');
export const searchIndexJsonPath = path.join(generatedDir, 'search-index.json');
export const entitiesJsonPath = path.join(generatedDir, 'entities.json');
