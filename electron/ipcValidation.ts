/**
 * Checks on everything that crosses the bridge from the renderer, run before any work
 * (Electron security checklist 17: validate the sender of all IPC messages; and treat
 * arguments as hostile input), with the app's one JSON guard (core/json/jsonValidation.ts,
 * which imports nothing) and checks of its own: exact keys, plain objects, bounded sizes.
 */
import type { FileFilter, OpenDocumentFilesRequest, OpenTextFileRequest, SaveBinaryFileRequest, SaveTextFileRequest } from '../renderer/src/bridge/kbBridge.js';
import { isJsonObject, type JsonObject } from '../renderer/src/core/json/jsonValidation.js';
import { parseAppUrl } from './appOrigin.js';
import { maxTextFileBytes, formatSize } from './textFile.js';

/** What the guard knows about the frame that sent a message. */
export interface SenderInfo {
  readonly url: string;
  readonly isMainFrame: boolean;
}

/** True only for the app's own page in a top-level frame: never an iframe, never another origin. */
export function isTrustedSender(sender: SenderInfo | null): boolean {
  return sender !== null && sender.isMainFrame && parseAppUrl(sender.url) !== null;
}

/** A refused argument; the message names the field and never echoes the value. */
export class BridgeValidationError extends Error {
  override readonly name = 'BridgeValidationError';
}

const maxTitleLength = 200;
const maxFilterCount = 10;
const maxFilterNameLength = 100;
const maxExtensionCount = 20;
const maxFileNameLength = 255;
/** "md", "json", "txt"; or "*" for "all files", as Electron's dialog filters allow. */
const extensionPattern = /^(?:[A-Za-z0-9]{1,16}|\*)$/u;
const controlCharacters = /[\u0000-\u001f\u007f]/u;
/** Separators, Windows-reserved characters and controls: the suggested name is a base name only. */
const forbiddenFileNameCharacters = /[/\\:*?"<>|\u0000-\u001f\u007f]/u;

/** Arguments of `openTextFile`: exactly one request object. */
export function parseOpenTextFileArgs(args: readonly unknown[]): OpenTextFileRequest {
  const request = expectRecord(onlyArgument(args), 'request', ['title', 'filters']);
  return {
    title: expectText(request['title'], 'title', maxTitleLength),
    filters: expectFilters(request['filters']),
  };
}

/** Arguments of `openDocumentFiles`: exactly one request object, the same shape as openTextFile's. */
export function parseOpenDocumentFilesArgs(args: readonly unknown[]): OpenDocumentFilesRequest {
  return parseOpenTextFileArgs(args);
}

/** Arguments of `saveTextFile`: exactly one request object; content at most 20 MB of UTF-8. */
export function parseSaveTextFileArgs(args: readonly unknown[]): SaveTextFileRequest {
  const request = expectRecord(onlyArgument(args), 'request', ['title', 'suggestedName', 'content', 'filters']);
  return {
    title: expectText(request['title'], 'title', maxTitleLength),
    suggestedName: expectFileName(request['suggestedName'], 'suggestedName'),
    content: expectContent(request['content'], 'content'),
    filters: expectFilters(request['filters']),
  };
}

/** Arguments of `saveBinaryFile`: exactly one request object; content a Uint8Array of at most 20 MB. */
export function parseSaveBinaryFileArgs(args: readonly unknown[]): SaveBinaryFileRequest {
  const request = expectRecord(onlyArgument(args), 'request', ['title', 'suggestedName', 'content', 'filters']);
  const content = request['content'];
  // Structured clone over IPC keeps a Uint8Array a Uint8Array; anything else is a bug or a probe.
  if (!(content instanceof Uint8Array)) throw new BridgeValidationError('content must be bytes (a Uint8Array)');
  if (content.byteLength > maxTextFileBytes) throw new BridgeValidationError(`content is larger than ${formatSize(maxTextFileBytes)}`);
  return {
    title: expectText(request['title'], 'title', maxTitleLength),
    suggestedName: expectFileName(request['suggestedName'], 'suggestedName'),
    content,
    filters: expectFilters(request['filters']),
  };
}

/** Arguments of `getAppInfo`: none. */
export function parseNoArgs(args: readonly unknown[]): void {
  if (args.length !== 0) throw new BridgeValidationError(`expected no arguments, got ${args.length}`);
}

function onlyArgument(args: readonly unknown[]): unknown {
  if (args.length !== 1) throw new BridgeValidationError(`expected 1 argument, got ${args.length}`);
  return args[0];
}

/** A plain object with exactly the expected keys (no extras: an unknown key is a bug or a probe). */
function expectRecord(value: unknown, field: string, keys: readonly string[]): JsonObject {
  if (!isJsonObject(value)) throw new BridgeValidationError(`${field} must be an object`);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new BridgeValidationError(`${field} must be a plain object`);
  }
  const record: JsonObject = { ...value };
  for (const key of Object.keys(record)) {
    if (!keys.includes(key)) throw new BridgeValidationError(`${field} has an unexpected field "${key.slice(0, 40)}"`);
  }
  for (const key of keys) {
    if (!Object.hasOwn(record, key)) throw new BridgeValidationError(`${field}.${key} is missing`);
  }
  return record;
}

function expectString(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new BridgeValidationError(`${field} must be a string`);
  return value;
}

/** One line of UI text (dialog title, filter name): bounded, no control characters. */
function expectText(value: unknown, field: string, maxLength: number): string {
  const text = expectString(value, field);
  if (text.length > maxLength) throw new BridgeValidationError(`${field} is longer than ${maxLength} characters`);
  if (controlCharacters.test(text)) throw new BridgeValidationError(`${field} contains control characters`);
  return text;
}

function expectFileName(value: unknown, field: string): string {
  const name = expectString(value, field);
  if (name.length === 0 || name.length > maxFileNameLength) {
    throw new BridgeValidationError(`${field} must be 1 to ${maxFileNameLength} characters`);
  }
  if (name === '.' || name === '..' || forbiddenFileNameCharacters.test(name)) {
    throw new BridgeValidationError(`${field} must be a plain file name without a path`);
  }
  return name;
}

function expectContent(value: unknown, field: string): string {
  const content = expectString(value, field);
  // Cheap bound first (a UTF-16 unit is at most 3 UTF-8 bytes), exact count only when needed.
  if (content.length * 3 > maxTextFileBytes && Buffer.byteLength(content, 'utf8') > maxTextFileBytes) {
    throw new BridgeValidationError(`${field} is larger than ${formatSize(maxTextFileBytes)}`);
  }
  return content;
}

function expectFilters(value: unknown): readonly FileFilter[] {
  if (!Array.isArray(value)) throw new BridgeValidationError('filters must be an array');
  const items: readonly unknown[] = value;
  if (items.length > maxFilterCount) throw new BridgeValidationError(`filters has more than ${maxFilterCount} entries`);
  return items.map((item, index) => {
    const field = `filters[${index}]`;
    const filter = expectRecord(item, field, ['name', 'extensions']);
    const extensions = filter['extensions'];
    if (!Array.isArray(extensions)) throw new BridgeValidationError(`${field}.extensions must be an array`);
    const extensionItems: readonly unknown[] = extensions;
    if (extensionItems.length === 0 || extensionItems.length > maxExtensionCount) {
      throw new BridgeValidationError(`${field}.extensions must have 1 to ${maxExtensionCount} entries`);
    }
    return {
      name: expectText(filter['name'], `${field}.name`, maxFilterNameLength),
      extensions: extensionItems.map((extension, extensionIndex) => {
        const text = expectString(extension, `${field}.extensions[${extensionIndex}]`);
        if (!extensionPattern.test(text)) {
          throw new BridgeValidationError(`${field}.extensions[${extensionIndex}] must be letters and digits without a dot`);
        }
        return text;
      }),
    };
  });
}
