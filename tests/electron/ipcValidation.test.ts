import { describe, expect, it } from 'vitest';
import type { OpenTextFileRequest, SaveTextFileRequest } from '../../renderer/src/bridge/kbBridge.js';
import {
  BridgeValidationError,
  isTrustedSender,
  parseNoArgs,
  parseOpenDocumentFilesArgs,
  parseOpenTextFileArgs,
  parseSaveTextFileArgs,
} from '../../electron/ipcValidation.js';
import { maxTextFileBytes } from '../../electron/textFile.js';

describe('isTrustedSender', () => {
  it.each([
    ['app page', { url: 'app://kb/index.html', isMainFrame: true }],
    ['app root', { url: 'app://kb/', isMainFrame: true }],
    ['app page with query and hash', { url: 'app://kb/index.html?q=决议#r1', isMainFrame: true }],
  ])('trusts the %s in the main frame', (_label, sender) => {
    expect(isTrustedSender(sender)).toBe(true);
  });

  it.each([
    ['app page in a subframe', { url: 'app://kb/index.html', isMainFrame: false }],
    ['Vite dev server', { url: 'http://localhost:5173/', isMainFrame: true }],
    ['remote site', { url: 'https://www.itu.int/', isMainFrame: true }],
    ['file page', { url: 'file:///opt/kb/dist/renderer/index.html', isMainFrame: true }],
    ['other app host', { url: 'app://evil/index.html', isMainFrame: true }],
    ['look-alike host', { url: 'app://kb.evil.com/index.html', isMainFrame: true }],
    ['app host with port', { url: 'app://kb:1/index.html', isMainFrame: true }],
    ['about:blank', { url: 'about:blank', isMainFrame: true }],
    ['data document', { url: 'data:text/html,<h1>hi</h1>', isMainFrame: true }],
    ['devtools', { url: 'devtools://devtools/bundled/inspector.html', isMainFrame: true }],
    ['empty URL', { url: '', isMainFrame: true }],
  ])('refuses the %s', (_label, sender) => {
    expect(isTrustedSender(sender)).toBe(false);
  });

  it('refuses a destroyed frame', () => {
    expect(isTrustedSender(null)).toBe(false);
  });
});

const goodOpenRequest: OpenTextFileRequest = {
  title: '打开笔记',
  filters: [
    { name: 'Markdown', extensions: ['md', 'markdown'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

const goodSaveRequest: SaveTextFileRequest = {
  title: 'Export annotations',
  suggestedName: '会议记录 2025-06.md',
  content: '# 注释\n',
  filters: [{ name: 'Markdown', extensions: ['md'] }],
};

describe('parseOpenTextFileArgs', () => {
  it('accepts a well-formed request and returns an equal copy', () => {
    const parsed = parseOpenTextFileArgs([goodOpenRequest]);
    expect(parsed).toEqual(goodOpenRequest);
    expect(parsed).not.toBe(goodOpenRequest);
  });

  it('accepts an empty filter list', () => {
    expect(parseOpenTextFileArgs([{ title: '', filters: [] }])).toEqual({ title: '', filters: [] });
  });

  it.each<[string, unknown[]]>([
    ['no argument', []],
    ['two arguments', [goodOpenRequest, goodOpenRequest]],
    ['null', [null]],
    ['a string', ['{"title":"x","filters":[]}']],
    ['an array', [[goodOpenRequest]]],
    ['a class instance', [new Date()]],
    ['an object with a custom prototype', [Object.assign(Object.create({ polluted: true }), goodOpenRequest)]],
    ['an extra field', [{ ...goodOpenRequest, defaultPath: '/etc' }]],
    ['a __proto__ field', [JSON.parse('{"title":"x","filters":[],"__proto__":{"isAdmin":true}}')]],
    ['a missing title', [{ filters: [] }]],
    ['a numeric title', [{ ...goodOpenRequest, title: 42 }]],
    ['a title too long', [{ ...goodOpenRequest, title: 'x'.repeat(201) }]],
    ['a title with a control character', [{ ...goodOpenRequest, title: 'line\nbreak' }]],
    ['filters not an array', [{ ...goodOpenRequest, filters: { name: 'md' } }]],
    ['too many filters', [{ ...goodOpenRequest, filters: Array.from({ length: 11 }, () => ({ name: 'Text', extensions: ['txt'] })) }]],
    ['a filter that is null', [{ ...goodOpenRequest, filters: [null] }]],
    ['a filter without extensions', [{ ...goodOpenRequest, filters: [{ name: 'Text', extensions: [] }] }]],
    ['an extension with a dot', [{ ...goodOpenRequest, filters: [{ name: 'Text', extensions: ['.md'] }] }]],
    ['an extension with a path', [{ ...goodOpenRequest, filters: [{ name: 'Text', extensions: ['../md'] }] }]],
    ['a wildcard pattern', [{ ...goodOpenRequest, filters: [{ name: 'Text', extensions: ['*.md'] }] }]],
    ['a non-string extension', [{ ...goodOpenRequest, filters: [{ name: 'Text', extensions: [7] }] }]],
    ['an extra filter field', [{ ...goodOpenRequest, filters: [{ name: 'Text', extensions: ['md'], properties: ['openDirectory'] }] }]],
  ])('refuses %s', (_label, args) => {
    expect(() => parseOpenTextFileArgs(args)).toThrow(BridgeValidationError);
  });
});

describe('parseOpenDocumentFilesArgs', () => {
  const request = { title: 'Add documents to the library', filters: [{ name: 'Documents', extensions: ['docx', 'pdf', 'txt'] }] };

  it('accepts the import request: a title and filters, nothing that could pick a folder or a path', () => {
    expect(parseOpenDocumentFilesArgs([request])).toEqual(request);
  });

  it.each<[string, unknown[]]>([
    ['no argument', []],
    ['a default path', [{ ...request, defaultPath: '/home' }]],
    ['dialog properties', [{ ...request, properties: ['openDirectory'] }]],
    ['an extension with a path', [{ ...request, filters: [{ name: 'Documents', extensions: ['../pdf'] }] }]],
  ])('refuses %s', (_label, args) => {
    expect(() => parseOpenDocumentFilesArgs(args)).toThrow(BridgeValidationError);
  });
});

describe('parseSaveTextFileArgs', () => {
  it('accepts a well-formed request with a Chinese file name', () => {
    expect(parseSaveTextFileArgs([goodSaveRequest])).toEqual(goodSaveRequest);
  });

  it('counts the size limit in UTF-8 bytes, not characters', () => {
    // 6 M characters of 3 bytes each = 18 MB: accepted. 7 M = 21 MB: refused.
    const underLimit = '会'.repeat(6 * 1024 * 1024);
    const overLimit = '会'.repeat(7 * 1024 * 1024);
    expect(parseSaveTextFileArgs([{ ...goodSaveRequest, content: underLimit }]).content).toHaveLength(underLimit.length);
    expect(() => parseSaveTextFileArgs([{ ...goodSaveRequest, content: overLimit }])).toThrow('larger than 20 MB');
  });

  it('accepts ASCII content of exactly 20 MB and refuses one byte more', () => {
    expect(() => parseSaveTextFileArgs([{ ...goodSaveRequest, content: 'x'.repeat(maxTextFileBytes) }])).not.toThrow();
    expect(() => parseSaveTextFileArgs([{ ...goodSaveRequest, content: 'x'.repeat(maxTextFileBytes + 1) }])).toThrow(
      BridgeValidationError,
    );
  });

  it.each<[string, unknown]>([
    ['an empty name', ''],
    ['a relative path', 'exports/notes.md'],
    ['a parent directory', '../notes.md'],
    ['only dot-dot', '..'],
    ['only dot', '.'],
    ['an absolute POSIX path', '/etc/passwd'],
    ['a Windows path', 'C:\\Users\\Public\\notes.md'],
    ['a drive-relative name', 'C:notes.md'],
    ['a NUL byte', 'notes.md\u0000.exe'],
    ['a newline', 'notes\n.md'],
    ['a wildcard', 'notes*.md'],
    ['a name too long', `${'n'.repeat(256)}.md`],
    ['a number', 42],
  ])('refuses a suggested name with %s', (_label, suggestedName) => {
    expect(() => parseSaveTextFileArgs([{ ...goodSaveRequest, suggestedName }])).toThrow(BridgeValidationError);
  });

  it.each<[string, unknown[]]>([
    ['no argument', []],
    ['missing content', [{ title: 'x', suggestedName: 'a.md', filters: [] }]],
    ['non-string content', [{ ...goodSaveRequest, content: { toString: () => 'x' } }]],
    ['content as bytes', [{ ...goodSaveRequest, content: new Uint8Array([1, 2]) }]],
    ['an extra field', [{ ...goodSaveRequest, filePath: '/etc/passwd' }]],
  ])('refuses %s', (_label, args) => {
    expect(() => parseSaveTextFileArgs(args)).toThrow(BridgeValidationError);
  });
});

describe('parseNoArgs', () => {
  it('accepts no arguments', () => {
    expect(() => parseNoArgs([])).not.toThrow();
  });

  it.each<[string, unknown[]]>([
    ['one argument', [{}]],
    ['undefined', [undefined]],
  ])('refuses %s', (_label, args) => {
    expect(() => parseNoArgs(args)).toThrow(BridgeValidationError);
  });
});
