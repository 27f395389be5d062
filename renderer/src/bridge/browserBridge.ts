/**
 * The bridge in a plain browser (`npm run web`): what Electron's preload does over IPC, done
 * with the web platform. Opening reads a file the user picks in a file input; saving downloads
 * a Blob under the suggested name (the browser decides where, so "atomic" is its business).
 */
import { documentFileVerdicts } from './documentFiles';
import type {
  AppInfo,
  FileFilter,
  KbBridge,
  OpenDocumentFilesRequest,
  OpenedDocumentFiles,
  OpenedTextFile,
  OpenTextFileRequest,
  SavedTextFile,
  SaveBinaryFileRequest,
  SaveTextFileRequest,
} from './kbBridge';

/** The `accept` attribute of a file input for the given filters, e.g. ".md,.markdown". */
function acceptOf(filters: readonly FileFilter[]): string {
  return filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
}

/** Shows a file input's picker; resolves to the files chosen, or null when the picker is dismissed. */
function pickFiles(filters: readonly FileFilter[], isMultiple: boolean): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptOf(filters);
    input.multiple = isMultiple;
    input.hidden = true;
    const finish = (): void => input.remove();
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      finish();
      resolve(files.length === 0 ? null : files);
    });
    // Fired by Chromium when the picker is dismissed; older browsers never settle, which only
    // leaves one pending promise and no detached input behind.
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

async function openTextFile(request: OpenTextFileRequest): Promise<OpenedTextFile | null> {
  const file = (await pickFiles(request.filters, false))?.[0];
  return file === undefined ? null : { name: file.name, content: await file.text() };
}

/**
 * Reads the files the delegate picked, within the caps of one import (documentFiles.ts), so a
 * drop or a pick in the page hands over exactly what Electron's dialog would.
 */
export async function readPickedDocumentFiles(files: readonly File[]): Promise<OpenedDocumentFiles> {
  const { accepted, refused } = documentFileVerdicts(files.map((file) => ({ file, name: file.name, size: file.size, isFile: true })));
  const read = await Promise.all(
    accepted.map(async ({ file }) => {
      try {
        return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
      } catch {
        // A file removed or locked since it was picked.
        return null;
      }
    }),
  );
  return {
    files: read.filter((file) => file !== null),
    refused: [...refused, ...accepted.filter((_, index) => read[index] === null).map(({ name }) => ({ name, reason: 'unreadable' as const }))],
  };
}

async function openDocumentFiles(request: OpenDocumentFilesRequest): Promise<OpenedDocumentFiles | null> {
  const files = await pickFiles(request.filters, true);
  return files === null ? null : readPickedDocumentFiles(files);
}

/** Strips path separators and control characters: the download name is a base name only. */
function safeBaseName(name: string): string {
  const cleaned = name.replace(/[\\/\u0000-\u001f]/g, '_').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'download.txt' : cleaned;
}

function saveTextFile(request: SaveTextFileRequest): Promise<SavedTextFile | null> {
  return download(request.suggestedName, new Blob([request.content], { type: 'text/plain;charset=utf-8' }));
}

function saveBinaryFile(request: SaveBinaryFileRequest): Promise<SavedTextFile | null> {
  // A copy with its own ArrayBuffer: Blob takes ArrayBuffer-backed views only.
  return download(request.suggestedName, new Blob([new Uint8Array(request.content)], { type: 'application/octet-stream' }));
}

/** Starts a download of `blob` under a safe base name. */
function download(suggestedName: string, blob: Blob): Promise<SavedTextFile | null> {
  const name = safeBaseName(suggestedName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the blob by now; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return Promise.resolve({ name });
}

declare global {
  interface ImportMetaEnv {
    /** package.json's version, defined by renderer/vite.config.ts at build time. */
    readonly KB_APP_VERSION: string;
  }
}

function getAppInfo(): Promise<AppInfo> {
  return Promise.resolve({ version: import.meta.env.KB_APP_VERSION, locale: navigator.language, shell: 'browser' });
}

/** The browser implementation of the bridge. */
export const browserBridge = { openTextFile, openDocumentFiles, saveTextFile, saveBinaryFile, getAppInfo } satisfies KbBridge;

/**
 * Installs the browser bridge as `window.kb` unless a shell (Electron's preload) already
 * provided one. `window.kb` is read-only for the app's code; only start-up defines it.
 */
export function installBrowserBridgeIfAbsent(target: Window): void {
  if (Reflect.get(target, 'kb') !== undefined) return;
  Object.defineProperty(target, 'kb', { value: browserBridge, writable: false, configurable: false, enumerable: true });
}
