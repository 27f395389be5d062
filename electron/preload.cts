/**
 * The sandboxed preload: exposes `window.kb` (KbBridge) and nothing else (Electron
 * security checklist 20: never ipcRenderer itself, never a generic send(channel)).
 *
 * CommonJS (.cts → preload.cjs) because sandboxed preloads cannot be ES modules, and
 * self-contained because their `require` only offers a few built-ins such as 'electron':
 * a relative require of kbBridge.js would fail at run time. The channel names are
 * therefore repeated here and tied to the shared ones at compile time by `satisfies`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type {
  AppInfo,
  bridgeChannels,
  KbBridge,
  OpenDocumentFilesRequest,
  OpenedDocumentFiles,
  OpenedTextFile,
  OpenTextFileRequest,
  SavedTextFile,
  SaveBinaryFileRequest,
  SaveTextFileRequest,
} from '../renderer/src/bridge/kbBridge.js';

/** Must equal bridgeChannels exactly, or this file does not compile. */
const channels = {
  openTextFile: 'kb:open-text-file',
  openDocumentFiles: 'kb:open-document-files',
  saveTextFile: 'kb:save-text-file',
  saveBinaryFile: 'kb:save-binary-file',
  getAppInfo: 'kb:get-app-info',
} as const satisfies typeof bridgeChannels;

const bridge = {
  openTextFile: (request: OpenTextFileRequest): Promise<OpenedTextFile | null> =>
    ipcRenderer.invoke(channels.openTextFile, request),
  openDocumentFiles: (request: OpenDocumentFilesRequest): Promise<OpenedDocumentFiles | null> =>
    ipcRenderer.invoke(channels.openDocumentFiles, request),
  saveTextFile: (request: SaveTextFileRequest): Promise<SavedTextFile | null> =>
    ipcRenderer.invoke(channels.saveTextFile, request),
  saveBinaryFile: (request: SaveBinaryFileRequest): Promise<SavedTextFile | null> =>
    ipcRenderer.invoke(channels.saveBinaryFile, request),
  getAppInfo: (): Promise<AppInfo> => ipcRenderer.invoke(channels.getAppInfo),
} satisfies KbBridge;

contextBridge.exposeInMainWorld('kb', bridge);
