import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile, resolveAppPath, resolveRequestPath } from '../../electron/appPath.js';
import { useTempDirectories, writeTree } from '../fixtures/tempDirectory.js';

// Pure step: no disk access, so an imaginary root is enough.
const root = path.resolve('/srv/kb-renderer');
const under = (...segments: string[]): string => path.join(root, ...segments);

describe('resolveAppPath maps app URLs inside the renderer root', () => {
  it.each([
    ['app://kb/', under('index.html')],
    ['app://kb', under('index.html')],
    ['app://kb/index.html', under('index.html')],
    ['app://kb/assets/index-3f9a.js', under('assets', 'index-3f9a.js')],
    ['app://kb/reports/', under('reports', 'index.html')],
    ['app://kb/corpus.json?version=3', under('corpus.json')],
    ['app://kb/search-index.json#top', under('search-index.json')],
    ['app://kb/index.html?next=../../etc/passwd#..', under('index.html')],
    ['app://kb/%E4%BC%9A%E8%AE%AE.json', under('会议.json')],
    ['app://kb/a%20b.txt', under('a b.txt')],
    // Decoded exactly once: "%252e%252e" is a file literally named "%2e%2e", inside the root.
    ['app://kb/%252e%252e/secret', under('%2e%2e', 'secret')],
  ])('%s → %s', (url, expected) => {
    expect(resolveAppPath(url, root)).toBe(expected);
  });
});

describe('resolveAppPath refuses hostile URLs', () => {
  it.each([
    ['dot-dot segment', 'app://kb/../etc/passwd'],
    ['dot-dot deeper', 'app://kb/assets/../../../etc/passwd'],
    ['single dot segment', 'app://kb/./index.html'],
    ['encoded dot-dot', 'app://kb/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded dot-dot, upper case', 'app://kb/%2E%2E/secret'],
    ['half-encoded dot-dot', 'app://kb/.%2e/secret'],
    ['encoded slash with dot-dot', 'app://kb/..%2f..%2fetc%2fpasswd'],
    ['fully encoded traversal', 'app://kb/%2e%2e%2fsecret'],
    ['encoded slash', 'app://kb/%2Fetc%2Fpasswd'],
    ['encoded backslash', 'app://kb/..%5c..%5cwindows%5cwin.ini'],
    ['encoded backslash alone', 'app://kb/assets%5capp.js'],
    ['raw backslash', 'app://kb/assets\\..\\..\\secret'],
    ['raw backslash prefix', 'app://kb/\\etc\\passwd'],
    ['double slash (empty segment)', 'app://kb//etc/passwd'],
    ['empty segment inside', 'app://kb/assets//app.js'],
    ['no host, absolute path', 'app:///etc/passwd'],
    ['Windows drive', 'app://kb/C:/Windows/win.ini'],
    ['encoded Windows drive', 'app://kb/C%3A%5CWindows%5Cwin.ini'],
    ['alternate data stream', 'app://kb/index.html::$DATA'],
    ['encoded NUL', 'app://kb/index.html%00.png'],
    ['raw NUL', 'app://kb/index.html\u0000.png'],
    ['encoded control character', 'app://kb/index%0a.html'],
    ['malformed escape', 'app://kb/%E0%A4%A'],
    ['lone percent', 'app://kb/%'],
    ['other host', 'app://evil/index.html'],
    ['host with suffix', 'app://kb.evil.com/index.html'],
    ['upper-case host (not canonical)', 'app://KB/index.html'],
    ['port', 'app://kb:8080/index.html'],
    ['credentials', 'app://user:secret@kb/index.html'],
    ['http', 'http://kb/index.html'],
    ['https', 'https://kb/index.html'],
    ['file URL', 'file:///etc/passwd'],
    ['file URL with host', 'file://kb/index.html'],
    ['absolute path, not a URL', '/etc/passwd'],
    ['protocol-relative', '//etc/passwd'],
    ['Windows absolute path', 'C:\\Windows\\win.ini'],
    ['empty string', ''],
    ['garbage', 'not a url'],
  ])('%s: %s', (_label, url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });
});

describe('resolveRequestPath: the same rules for a request target as written (the web server)', () => {
  it.each([
    ['/', under('index.html')],
    ['/index.html', under('index.html')],
    ['/assets/index-1.js?v=1', under('assets', 'index-1.js')],
    ['/%E6%8A%A5%E5%91%8A.json', under('报告.json')],
  ])('%s → %s', (rawPath, expected) => {
    expect(resolveRequestPath(rawPath, root)).toBe(expected);
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/..%5cpackage.json',
    '/%00index.html',
    '/%E0%A4%A',
    '/.env',
    '/assets/.hidden.js',
    'index.html',
    'http://127.0.0.1/index.html',
    '',
  ])('%s is refused', (rawPath) => {
    expect(resolveRequestPath(rawPath, root)).toBeNull();
  });
});

describe('resolveAppFile checks the real file system', () => {
  const makeTempDirectory = useTempDirectories('kb-app-path');

  /** A renderer root with a sibling "outside" folder holding a secret. */
  async function makeRendererRoot(): Promise<{ rendererRoot: string; outside: string }> {
    const base = await makeTempDirectory();
    const rendererRoot = path.join(base, 'renderer');
    const outside = path.join(base, 'outside');
    await writeTree(rendererRoot, {
      'index.html': '<!doctype html><title>KB</title>',
      'assets/app.js': 'console.log(1)',
      'docs/index.html': '<p>docs</p>',
      'empty-dir/.keep': '',
    });
    await writeTree(outside, { 'secret.txt': 'delegate passwords', 'index.html': 'outside index' });
    return { rendererRoot, outside };
  }

  it('serves an existing file under its real path', async () => {
    const { rendererRoot } = await makeRendererRoot();
    const expected = await fs.realpath(path.join(rendererRoot, 'assets', 'app.js'));
    await expect(resolveAppFile('app://kb/assets/app.js', rendererRoot)).resolves.toBe(expected);
  });

  it('maps the root and a directory without trailing slash to index.html', async () => {
    const { rendererRoot } = await makeRendererRoot();
    await expect(resolveAppFile('app://kb/', rendererRoot)).resolves.toBe(
      await fs.realpath(path.join(rendererRoot, 'index.html')),
    );
    await expect(resolveAppFile('app://kb/docs', rendererRoot)).resolves.toBe(
      await fs.realpath(path.join(rendererRoot, 'docs', 'index.html')),
    );
  });

  it('returns null for unknown files and directories without index.html', async () => {
    const { rendererRoot } = await makeRendererRoot();
    await expect(resolveAppFile('app://kb/missing.js', rendererRoot)).resolves.toBeNull();
    await expect(resolveAppFile('app://kb/empty-dir/', rendererRoot)).resolves.toBeNull();
    await expect(resolveAppFile('app://kb/../outside/secret.txt', rendererRoot)).resolves.toBeNull();
  });

  it('refuses a symlinked file that points outside the root', async () => {
    const { rendererRoot, outside } = await makeRendererRoot();
    await fs.symlink(path.join(outside, 'secret.txt'), path.join(rendererRoot, 'leak.txt'));
    expect(resolveAppPath('app://kb/leak.txt', rendererRoot)).not.toBeNull(); // the string looks harmless
    await expect(resolveAppFile('app://kb/leak.txt', rendererRoot)).resolves.toBeNull();
  });

  it('refuses a symlinked directory that points outside the root, including its index.html', async () => {
    const { rendererRoot, outside } = await makeRendererRoot();
    await fs.symlink(outside, path.join(rendererRoot, 'linked-dir'), 'dir');
    await expect(resolveAppFile('app://kb/linked-dir/secret.txt', rendererRoot)).resolves.toBeNull();
    await expect(resolveAppFile('app://kb/linked-dir/', rendererRoot)).resolves.toBeNull();
  });

  it('refuses a directory whose index.html is a symlink leaving the root', async () => {
    const { rendererRoot, outside } = await makeRendererRoot();
    await fs.mkdir(path.join(rendererRoot, 'trap'));
    await fs.symlink(path.join(outside, 'index.html'), path.join(rendererRoot, 'trap', 'index.html'));
    await expect(resolveAppFile('app://kb/trap', rendererRoot)).resolves.toBeNull();
  });

  it('allows a symlink that stays inside the root', async () => {
    const { rendererRoot } = await makeRendererRoot();
    await fs.symlink(path.join(rendererRoot, 'assets', 'app.js'), path.join(rendererRoot, 'alias.js'));
    await expect(resolveAppFile('app://kb/alias.js', rendererRoot)).resolves.toBe(
      await fs.realpath(path.join(rendererRoot, 'assets', 'app.js')),
    );
  });

  it('works when the renderer root itself is reached through a symlink', async () => {
    const { rendererRoot } = await makeRendererRoot();
    const linkedRoot = path.join(path.dirname(rendererRoot), 'renderer-link');
    await fs.symlink(rendererRoot, linkedRoot, 'dir');
    await expect(resolveAppFile('app://kb/index.html', linkedRoot)).resolves.toBe(
      await fs.realpath(path.join(rendererRoot, 'index.html')),
    );
  });
});
