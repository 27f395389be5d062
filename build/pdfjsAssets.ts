/**
 * pdf.js's worker, character maps and standard fonts shipped inside the renderer build, under
 * `pdfjs/` beside index.html: the import worker (renderer/src/ui/import/importWorker.ts) loads
 * them from the app's own origin, so a PDF is read offline and the CSP stays `'self'`. The
 * minified worker is copied as is, not bundled: it is pdf.js's own module, loaded as a worker.
 */
import { cp, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Where the files land in the build, relative to its root. */
export const pdfjsBuildFolder = 'pdfjs';

/** Copies pdf.js's worker, CMaps and standard fonts (with their licences) into the build's `pdfjs/` folder. */
export function pdfjsAssets(): Plugin {
  return {
    name: 'kb-pdfjs-assets',
    apply: 'build',
    async writeBundle(options) {
      if (options.dir === undefined) throw new Error('the renderer build has no output folder for pdf.js');
      const target = path.join(options.dir, pdfjsBuildFolder);
      await mkdir(target, { recursive: true });
      await cp(path.join(pdfjsRoot, 'build/pdf.worker.min.mjs'), path.join(target, 'pdf.worker.mjs'));
      await cp(path.join(pdfjsRoot, 'cmaps'), path.join(target, 'cmaps'), { recursive: true });
      await cp(path.join(pdfjsRoot, 'standard_fonts'), path.join(target, 'standard_fonts'), { recursive: true });
      await cp(path.join(pdfjsRoot, 'LICENSE'), path.join(target, 'LICENSE'));
    },
  };
}
