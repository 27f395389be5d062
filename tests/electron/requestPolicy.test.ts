import { describe, expect, it } from 'vitest';
import { appEntryUrl, appOrigin } from '../../electron/appOrigin.js';
import { isAllowedNavigation, isAllowedRequest, isGrantedPermission } from '../../electron/requestPolicy.js';

const allowed = [
  appEntryUrl,
  `${appOrigin}/`,
  'app://kb/index.html',
  'app://kb/assets/index-3f9a.js',
  'app://kb/corpus.json?version=3',
  'app://kb/search-index.json#section',
  'APP://kb/index.html', // the parser lower-cases the scheme
];

const denied = [
  ['http', 'http://example.org/'],
  ['https', 'https://www.itu.int/en/council/'],
  ['localhost http (Vite dev server)', 'http://localhost:5173/'],
  ['localhost https', 'https://localhost/'],
  ['127.0.0.1', 'http://127.0.0.1:8080/index.html'],
  ['IPv6 loopback', 'http://[::1]:3000/'],
  ['file', 'file:///etc/passwd'],
  ['file with the app host', 'file://kb/index.html'],
  ['ws (Vite HMR)', 'ws://localhost:24678/'],
  ['wss', 'wss://example.org/socket'],
  ['ftp', 'ftp://example.org/file'],
  ['data document', 'data:text/html,<script>alert(1)</script>'],
  ['data base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['javascript', 'javascript:alert(document.domain)'],
  ['blob', 'blob:app://kb/6f1c2b1e-0000-4000-8000-000000000000'],
  ['about:blank', 'about:blank'],
  ['devtools', 'devtools://devtools/bundled/inspector.html'],
  ['chrome-extension', 'chrome-extension://abcdefghijklmnop/background.js'],
  ['chrome', 'chrome://gpu'],
  ['other app host', 'app://evil/index.html'],
  ['app host suffix', 'app://kb.evil.com/index.html'],
  ['app host with port', 'app://kb:1234/index.html'],
  ['app host with credentials', 'app://kb@evil/index.html'],
  ['app without host', 'app:///index.html'],
  ['relative URL', '/index.html'],
  ['empty', ''],
] as const;

describe('isAllowedRequest', () => {
  it.each(allowed)('allows %s', (url) => {
    expect(isAllowedRequest(url)).toBe(true);
  });

  it.each(denied)('denies %s: %s', (_label, url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it.each(allowed)('allows %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each(denied)('denies %s: %s', (_label, url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('isGrantedPermission', () => {
  it.each([
    ['clipboard-sanitized-write', 'app://kb/index.html', true],
    ['clipboard-sanitized-write', 'app://kb', true],
    ['clipboard-sanitized-write', 'app://kb/', true],
    ['clipboard-sanitized-write', 'https://example.com/', false],
    ['clipboard-sanitized-write', 'app://other/', false],
    ['clipboard-read', 'app://kb/index.html', false],
    ['notifications', 'app://kb/index.html', false],
    ['media', 'app://kb/index.html', false],
    ['geolocation', 'app://kb/index.html', false],
    ['openExternal', 'app://kb/index.html', false],
    ['persistent-storage', 'file:///etc/passwd', false],
  ])('%s for %s → %s', (permission, url, expected) => {
    expect(isGrantedPermission(permission, url)).toBe(expected);
  });
});
