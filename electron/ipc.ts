/**
 * The main-process side of KbBridge. Every handler is registered through
 * guardBridgeHandler (ipcGuard.ts), which checks the channel prefix, the sender frame and
 * the arguments before any of the code below runs.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import type { FileFilter as DialogFileFilter, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { bridgeChannels } from '../renderer/src/bridge/kbBridge.js';
import type {
  AppInfo,
  FileFilter,
  OpenDocumentFilesRequest,
  OpenedDocumentFiles,
  OpenedTextFile,
  OpenTextFileRequest,
  SavedTextFile,
  SaveBinaryFileRequest,
  SaveTextFileRequest,
} from '../renderer/src/bridge/kbBridge.js';
import { electronAppInfo } from './appInfo.js';
import { writeFileAtomic } from './atomicWrite.js';
import { planDocumentFiles, readDocumentFiles } from './documentFiles.js';
import { guardBridgeHandler } from './ipcGuard.js';
import type { ArgumentParser, BridgeHandler } from './ipcGuard.js';
import { parseNoArgs, parseOpenDocumentFilesArgs, parseOpenTextFileArgs, parseSaveBinaryFileArgs, parseSaveTextFileArgs } from './ipcValidation.js';
import type { RefusalLogger } from './refusalLog.js';
import { readTextFile } from './textFile.js';

/** Registers the five bridge verbs; nothing else is reachable over IPC. */
export function registerBridgeHandlers(logRefusal: RefusalLogger): void {
  handle(bridgeChannels.openTextFile, parseOpenTextFileArgs, openTextFile, logRefusal);
  handle(bridgeChannels.openDocumentFiles, parseOpenDocumentFilesArgs, openDocumentFiles, logRefusal);
  handle(bridgeChannels.saveTextFile, parseSaveTextFileArgs, saveTextFile, logRefusal);
  handle(bridgeChannels.saveBinaryFile, parseSaveBinaryFileArgs, saveTextFile, logRefusal);
  handle(bridgeChannels.getAppInfo, parseNoArgs, getAppInfo, logRefusal);
}

function handle<Request, Result>(
  channel: string,
  parseArguments: ArgumentParser<Request>,
  handler: BridgeHandler<IpcMainInvokeEvent, Request, Result>,
  logRefusal: RefusalLogger,
): void {
  ipcMain.handle(channel, guardBridgeHandler(channel, parseArguments, handler, logRefusal));
}

async function openTextFile(request: OpenTextFileRequest, event: IpcMainInvokeEvent): Promise<OpenedTextFile | null> {
  const options: OpenDialogOptions = {
    title: request.title,
    filters: dialogFilters(request.filters),
    properties: ['openFile'],
  };
  const window = BrowserWindow.fromWebContents(event.sender);
  const result = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
  const filePath = result.filePaths[0];
  if (result.canceled || filePath === undefined) return null;
  // Only the base name goes back: the renderer never learns the user's folder layout.
  return { name: path.basename(filePath), content: await readTextFile(filePath) };
}

async function openDocumentFiles(request: OpenDocumentFilesRequest, event: IpcMainInvokeEvent): Promise<OpenedDocumentFiles | null> {
  const options: OpenDialogOptions = {
    title: request.title,
    filters: dialogFilters(request.filters),
    properties: ['openFile', 'multiSelections'],
  };
  const window = BrowserWindow.fromWebContents(event.sender);
  const result = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
  if (result.canceled || result.filePaths.length === 0) return null;
  return readDocumentFiles(await planDocumentFiles(result.filePaths));
}

/** Saves text or bytes: the dialog and the atomic write are the same for both. */
async function saveTextFile(request: SaveTextFileRequest | SaveBinaryFileRequest, event: IpcMainInvokeEvent): Promise<SavedTextFile | null> {
  const options: SaveDialogOptions = {
    title: request.title,
    // suggestedName is validated to be a bare file name, so this stays in Documents.
    defaultPath: path.join(app.getPath('documents'), request.suggestedName),
    filters: dialogFilters(request.filters),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const window = BrowserWindow.fromWebContents(event.sender);
  const result = window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
  if (result.canceled || result.filePath === '') return null;
  await writeFileAtomic(result.filePath, request.content);
  return { name: path.basename(result.filePath) };
}

async function getAppInfo(): Promise<AppInfo> {
  return electronAppInfo(app.getVersion(), app.getPreferredSystemLanguages(), app.getLocale());
}

/** Electron wants mutable arrays; the bridge type is readonly. */
function dialogFilters(filters: readonly FileFilter[]): DialogFileFilter[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}
