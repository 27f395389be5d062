import type { RefusedDocumentFile } from './documentFiles.js';

/**
 * The one bridge between the sandboxed renderer and the shell. The Electron preload
 * implements it over IPC; the browser build implements it with a file input and a
 * download. Named verbs only: never a generic send(channel) (Electron security checklist).
 */
export interface KbBridge {
  /** Asks the user for a text file; resolves to null when they cancel. */
  openTextFile(request: OpenTextFileRequest): Promise<OpenedTextFile | null>;
  /** Asks the user where to save and writes the text atomically; resolves to null when they cancel. */
  saveTextFile(request: SaveTextFileRequest): Promise<SavedTextFile | null>;
  /** Asks the user for documents to import (several at once); resolves to null when they cancel. */
  openDocumentFiles(request: OpenDocumentFilesRequest): Promise<OpenedDocumentFiles | null>;
  /** The same for a binary file (a Word briefing): asks where, writes the bytes atomically. */
  saveBinaryFile(request: SaveBinaryFileRequest): Promise<SavedTextFile | null>;
  /** Facts about the running app that the renderer cannot learn by itself. */
  getAppInfo(): Promise<AppInfo>;
}

export interface FileFilter {
  readonly name: string;
  /** Extensions without the dot, e.g. ["md", "markdown"]. */
  readonly extensions: readonly string[];
}

export interface OpenTextFileRequest {
  readonly title: string;
  readonly filters: readonly FileFilter[];
}

export interface OpenedTextFile {
  /** Base name of the chosen file, for messages; never a full path. */
  readonly name: string;
  readonly content: string;
}

export interface OpenDocumentFilesRequest {
  readonly title: string;
  readonly filters: readonly FileFilter[];
}

export interface OpenedDocumentFile {
  /** Base name of the chosen file; never a full path. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface OpenedDocumentFiles {
  /** The files handed over, in the order chosen. */
  readonly files: readonly OpenedDocumentFile[];
  /** The files held back before reading (documentFiles.ts' caps), with why. */
  readonly refused: readonly RefusedDocumentFile[];
}

export interface SaveTextFileRequest {
  readonly title: string;
  readonly suggestedName: string;
  readonly content: string;
  readonly filters: readonly FileFilter[];
}

export interface SaveBinaryFileRequest {
  readonly title: string;
  readonly suggestedName: string;
  readonly content: Uint8Array;
  readonly filters: readonly FileFilter[];
}

export interface SavedTextFile {
  /** Base name of the written file, for the confirmation message. */
  readonly name: string;
}

export interface AppInfo {
  readonly version: string;
  /** The system's preferred locale, e.g. "zh-CN" or "en-GB". */
  readonly locale: string;
  readonly shell: 'electron' | 'browser';
}

/** IPC channel names, shared by preload and main so they cannot drift apart. */
export const bridgeChannels = {
  openTextFile: 'kb:open-text-file',
  openDocumentFiles: 'kb:open-document-files',
  saveTextFile: 'kb:save-text-file',
  saveBinaryFile: 'kb:save-binary-file',
  getAppInfo: 'kb:get-app-info',
} as const;

/** Every channel starts with this; main refuses anything else. */
export const bridgeChannelPrefix = 'kb:';
