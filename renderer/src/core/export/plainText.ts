/**
 * Plain text on its way into the Markdown tree. Structure is the serialiser's job (it escapes
 * text nodes); this only removes what no document should carry: control characters (NUL and
 * friends, which CommonMark turns into U+FFFD anyway and some tools choke on), carriage
 * returns (a CRLF body must not leave stray `\r` in an LF file) and unpaired surrogates
 * (they cannot be written as UTF-8).
 */

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

// Any character one of the replacements below could touch: most text has none, and one test
// is cheaper than three replacements (the briefing cleans every label, quote and body).
const NEEDS_CLEANING = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/u;

/** Text with LF line ends, without control characters, and well-formed UTF-16. */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(/\r\n?/gu, '\n').replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** One line of text for a label, a tag or a title: cleaned, every run of whitespace one space. */
export function inlineText(text: string): string {
  return cleanText(text).replace(/\s+/gu, ' ').trim();
}
