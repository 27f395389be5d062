/**
 * A note body (the delegate's Markdown) as the one line of plain text a list shows: markers
 * gone, words kept. Lists render hundreds of rows while the delegate scrolls, so this is a few
 * linear regular expressions rather than a Markdown parser (the briefing export parses bodies
 * properly, core/export/noteBody.ts): a rare construct may leave a stray marker, but no word of
 * the body is ever dropped except link URLs, image URLs and HTML tags.
 */

/** Line-start markers: headings, quotes, list bullets and numbers, task boxes, table pipes. */
const BLOCK_MARKERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^ {0,3}(?:[-*_] *){3,}$/gmu, ''], // thematic break
  [/^ {0,3}(?:```|~~~).*$/gmu, ''], // code fence lines (the code inside stays)
  [/^ {0,3}(?:> ?)+/gmu, ''], // block quotes, nested
  [/^ {0,3}#{1,6}(?=\s|$)\s*/gmu, ''], // ATX headings
  [/^ *(?:[-+*]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/gmu, ''], // list items and task boxes
  [/^ {0,3}(?:=+|-+) *$/gmu, ''], // setext underlines
  [/^ *\|?(?: *:?-+:? *\|)+ *:?-*:? *$/gmu, ''], // table delimiter rows
  [/ *\| */gu, ' '], // table cell pipes
];

/** Inline constructs, in an order where earlier ones cannot hide later ones. */
const INLINE_MARKERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/<!--[\s\S]*?-->/gu, ''], // HTML comments
  [/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/gu, ''], // HTML tags (their text stays)
  [/!\[([^\]]*)\]\([^)]*\)/gu, '$1'], // images: alt text
  [/\[([^\]]+)\]\([^)]*\)/gu, '$1'], // inline links: link text
  [/\[([^\]]+)\]\[[^\]]*\]/gu, '$1'], // reference links
  [/^ {0,3}\[[^\]]+\]:\s+\S+.*$/gmu, ''], // link reference definitions
  [/<((?:https?|mailto):[^>\s]+)>/gu, '$1'], // autolinks keep their address: it is the text
  [/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/gu, '$2'], // code spans
  [/\*\*(?=\S)([\s\S]*?\S)\*\*/gu, '$1'], // strong
  [/(?<![\p{L}\p{N}])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}])/gu, '$1'], // strong, not inside a word
  [/\*(?=\S)([\s\S]*?\S)\*/gu, '$1'], // emphasis
  [/(?<![\p{L}\p{N}])_(?=\S)([\s\S]*?\S)_(?![\p{L}\p{N}])/gu, '$1'], // emphasis, not inside a word (snake_case stays)
  [/~~(?=\S)([\s\S]*?\S)~~/gu, '$1'], // strikethrough
];

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * An escaped punctuation character is literal: it is parked in the Private Use Area while
 * markers are removed, so that `\*` never opens emphasis, then put back.
 */
const PARKED_BASE = 0xe000;
const park = (_: string, character: string): string => String.fromCharCode(PARKED_BASE + character.charCodeAt(0));
const unpark = (character: string): string => String.fromCharCode(character.charCodeAt(0) - PARKED_BASE);

/** `text` with Markdown markup removed, whitespace runs as one space. */
export function markdownToPlainText(text: string): string {
  let plain = text.replace(/\r\n?/gu, '\n').replace(/\\([!-/:-@[-`{-~])/gu, park);
  for (const [pattern, replacement] of BLOCK_MARKERS) plain = plain.replace(pattern, replacement);
  for (const [pattern, replacement] of INLINE_MARKERS) plain = plain.replace(pattern, replacement);
  plain = plain.replace(/&(amp|lt|gt|quot|apos|nbsp);/gu, (_, name: string) => ENTITIES[name] ?? '');
  return plain.replace(/[\ue021-\ue07e]/gu, unpark).replace(/\s+/gu, ' ').trim();
}

/**
 * The excerpt a note list shows for a body: plain text, at most `maxLength` characters, cut
 * with an ellipsis, never inside a surrogate pair.
 */
export function noteExcerpt(body: string, maxLength = 120): string {
  const plain = markdownToPlainText(body);
  if (plain.length <= maxLength) return plain;
  const code = plain.charCodeAt(maxLength - 1);
  const cut = code >= 0xd800 && code <= 0xdbff ? maxLength - 1 : maxLength;
  return `${plain.slice(0, cut).trimEnd()}…`;
}
