/**
 * Vite build of the renderer. The same output is served by Electron over `app://kb/` and by
 * `npm run web` over http://127.0.0.1, so every URL in it is relative (`base: './'`).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import packageJson from '../package.json' with { type: 'json' };
import { pdfjsAssets } from '../build/pdfjsAssets';

// This file runs in Node and is checked by the root (Node) project, never the renderer's,
// so that the renderer's project sees no Node types.
const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: rendererRoot,
  base: './',
  // The library's data files (build/libraryFiles.ts: library.json, reports/, search/, entities.json,
  // facets.json) land at the root of the build and are fetched as the app needs them.
  publicDir: `${rendererRoot}../data/generated`,
  // pdf.js's worker, character maps and fonts under pdfjs/: the import worker reads PDFs offline.
  plugins: [react(), pdfjsAssets()],
  define: { 'import.meta.env.KB_APP_VERSION': JSON.stringify(packageJson.version) },
  // The export worker runs the Markdown exporter, whose entity decoder has a `browser` build
  // that needs `document` (absent in workers) and a `worker` build that does not. Vite resolves
  // workers with the page's conditions (vitejs/vite#7439), so `worker` comes first for both;
  // no other dependency's `worker` export differs from its `browser` one.
  resolve: { conditions: ['worker', ...defaultClientConditions] },
  // The search worker is an ES module worker (searchWorker.ts), bundled as its own chunk.
  worker: { format: 'es' },
  build: {
    outDir: `${rendererRoot}../dist/renderer`,
    emptyOutDir: true,
    // The app never loads remote code, and a source map beside it helps nobody offline.
    sourcemap: false,
    // Inlined assets would become data: URLs; keep every asset a file on the app origin.
    assetsInlineLimit: 0,
    // The whole renderer is one small chunk: nothing to split for a desktop app loading from disk.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically (what start-up runs) in one chunk: left to
        // itself the bundler splits it into a score of small chunks shared with the views loaded
        // later, and each is one more request before the first line runs.
        codeSplitting: { groups: [{ name: 'startup', tags: ['$initial'] }] },
      },
    },
  },
});
