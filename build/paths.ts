import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root, whatever the working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const dataDir = path.join(repoRoot, 'data');
export const manifestPath = path.join(dataDir, 'manifest.json');
/** What the app loads at start-up; Vite serves and bundles this folder as static files. */
export const generatedDir = path.join(dataDir, 'generated');
/** The small file start-up reads (build/libraryFiles.ts writes it last). */
export const libraryJsonPath = path.join(generatedDir, 'library.json');
export const entitiesJsonPath = path.join(generatedDir, 'entities.json');
