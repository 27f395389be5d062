/**
 * Which link targets a briefing may keep. An allow-list of schemes, as GitHub's sanitiser and
 * hast-util-sanitize do: http, https and mailto, plus relative URLs. `javascript:`, `data:`,
 * `vbscript:`, `file:` and the rest lose their link (the text stays).
 */

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** True when `url` is relative or uses an allowed scheme. */
export function isSafeUrl(url: string): boolean {
  // Browsers drop ASCII whitespace and control characters inside a URL (`java\tscript:`),
  // so they must not hide a scheme from this check either.
  const compact = url.replace(/[\u0000-\u0020\u007F-\u009F]/gu, '');
  const colon = compact.indexOf(':');
  if (colon === -1) return true;
  const pathStart = compact.search(/[/?#]/u);
  // A colon after the first `/`, `?` or `#` belongs to a relative URL's path, query or fragment.
  if (pathStart !== -1 && pathStart < colon) return true;
  return SAFE_SCHEMES.has(compact.slice(0, colon).toLowerCase());
}
