/**
 * Content types for what the renderer build emits. Deny by default: a file whose
 * extension is not listed is not served, so a stray file in dist/renderer can never be
 * sniffed into something executable (responses also carry `nosniff`).
 */
import path from 'node:path';

const contentTypesByExtension: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  // pdf.js's binary character maps and Type 1 standard fonts (dist/renderer/pdfjs/), read by its worker.
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
};

/** The Content-Type for a served file, or null when its extension is not allowed. */
export function contentTypeFor(filePath: string): string | null {
  const extension = path.extname(filePath).toLowerCase();
  return Object.hasOwn(contentTypesByExtension, extension)
    ? (contentTypesByExtension[extension] ?? null)
    : null;
}
