import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../build/paths';
import { appResponseHeaders, contentSecurityPolicy } from '../../electron/contentSecurityPolicy.js';
import { contentTypeFor } from '../../electron/contentTypes.js';

/** "a x; b y z" → Map { a → [x], b → [y, z] } */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/u);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const directives = parsePolicy(contentSecurityPolicy);

  it('is exactly the agreed policy', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('allows scripts only from the app itself: no inline, no eval, no remote host', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic|nonce-|sha256-/u);
  });

  it('names no remote origin, scheme wildcard or host wildcard', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) {
        const isAllowedSource = ["'self'", "'none'"].includes(source) || (name === 'img-src' && source === 'data:');
        expect(isAllowedSource, `${name} ${source}`).toBe(true);
      }
    }
    expect(contentSecurityPolicy).not.toMatch(/https?:|wss?:|\*|localhost|127\.0\.0\.1/u);
  });

  it.each(['default-src', 'script-src', 'object-src', 'base-uri', 'form-action', 'frame-ancestors', 'connect-src'])(
    'defines %s',
    (name) => {
      expect(directives.has(name)).toBe(true);
    },
  );
});

describe("the page's own meta tag", () => {
  it('states the same policy (frame-ancestors only in the header: a meta tag cannot say it)', () => {
    const html = readFileSync(path.join(repoRoot, 'renderer', 'index.html'), 'utf8');
    const tag = /<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/u.exec(html)?.[0] ?? '';
    const metaPolicy = /\scontent="([^"]*)"/u.exec(tag)?.[1];
    expect(metaPolicy).toBe(contentSecurityPolicy.replace("; frame-ancestors 'none'", ''));
  });
});

describe('appResponseHeaders', () => {
  it('carries the CSP, the content type and nosniff', () => {
    expect(appResponseHeaders('text/html; charset=utf-8')).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['/r/index.html', 'text/html; charset=utf-8'],
    ['/r/assets/index-3f9a.js', 'text/javascript; charset=utf-8'],
    ['/r/assets/index-3f9a.css', 'text/css; charset=utf-8'],
    ['/r/corpus.json', 'application/json; charset=utf-8'],
    ['/r/search-index.json', 'application/json; charset=utf-8'],
    ['/r/CORPUS.JSON', 'application/json; charset=utf-8'],
    ['/r/assets/noto-sans-sc.woff2', 'font/woff2'],
    ['/r/icon.svg', 'image/svg+xml'],
  ])('%s → %s', (filePath, expected) => {
    expect(contentTypeFor(filePath)).toBe(expected);
  });

  it.each(['/r/setup.exe', '/r/script.sh', '/r/README', '/r/.env', '/r/page.htm.bak', '/r/constructor', '/r/x.__proto__'])(
    'refuses to serve %s',
    (filePath) => {
      expect(contentTypeFor(filePath)).toBeNull();
    },
  );
});
