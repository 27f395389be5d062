/**
 * A note's body is the delegate's own Markdown, and it goes into a briefing that must keep its
 * outline whatever the body says. Rather than escape the body as a string (which either kills
 * its emphasis and lists or misses a case), it is parsed into an mdast tree with a CommonMark
 * grammar and GFM's tables, strikethrough and autolinks (markdownItTree.ts), then rebuilt from
 * an allow-list:
 *
 * - headings become bold paragraphs: only the briefing makes headings, so a `# Heading` in a
 *   body cannot open a section of the outline;
 * - thematic breaks are dropped: a `---` can neither split notes nor, at the top of the file,
 *   pose as front matter (the serialiser never writes a body's line at the file's start anyway);
 * - raw HTML becomes text, shown as typed and never run (`<script>` stays visible);
 * - link and image URLs pass only as http, https, mailto or relative; `javascript:` and other
 *   schemes lose the link and keep its text;
 * - link reference definitions are document-wide in Markdown, so a definition in one note
 *   could turn another note's `[x]` into a link: references are resolved by the parser,
 *   inside the body, and each definition is kept where it was typed as a paragraph of text and
 *   a link (`\[1]: <url>`), which defines nothing in the briefing; a note made only of
 *   references keeps them all. Its URL passes the same check as a link's; footnotes are plain
 *   text;
 * - input Markdown tools handle in more than linear time falls back to plain text, before
 *   parsing: very long bodies, lines opening dozens of nested containers (`> > > …`,
 *   `- - - …`), and hundreds of emphasis or bracket delimiters (cmark's "pathological" inputs:
 *   `*a **a …` took micromark a second at 10 KB, and the serialiser weighs every emphasis
 *   marker against its neighbours). Trees nested deeper than MAX_NESTING are refused after
 *   parsing too: the serialiser recurses, and a stack overflow must not stop the export. Plain
 *   text loses the body's formatting, never its words.
 *
 * The result is embedded as nodes under the note; mdast-util-to-markdown then writes fences
 * long enough for the code inside, escapes text where it could start a construct, and
 * separates adjacent lists, so an unterminated fence or a `|` table stays inside its note.
 */
import type {
  Blockquote,
  Code,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import { parseMarkdownTree } from './markdownItTree';
import { cleanText } from './plainText';
import { isSafeUrl } from './safeUrl';

/** The blocks a body may contribute to a note: no headings, breaks, HTML or definitions. */
export type BodyBlock = Blockquote | Code | List | Paragraph | Table;

/** Containers and inline nodes nested deeper than this make the body plain text. */
export const MAX_NESTING = 32;

/** Bodies longer than this (UTF-16 units: some ten pages of Chinese) are not parsed. */
export const MAX_PARSED_LENGTH = 20_000;

/** Bodies with more runs of `*`, `_`, `~`, backticks and brackets than this are not parsed. */
export const MAX_DELIMITER_RUNS = 500;

// A line opening 16 quotes or list items at once, or indented 64 columns, nests too deep. (A
// line of dashes or stars is a thematic break, not nesting, and passes.)
const DEEP_LINE_START = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))){16}|^[ \t]{64}/mu;
const DELIMITER_RUN = /[*_~`]+|[[\]]/gu;

/** True when parsing `text` could take more than linear time (see the file comment). */
function isCostlyToParse(text: string): boolean {
  if (text.length > MAX_PARSED_LENGTH || DEEP_LINE_START.test(text)) return true;
  let runs = 0;
  DELIMITER_RUN.lastIndex = 0;
  while (DELIMITER_RUN.exec(text) !== null) if (++runs > MAX_DELIMITER_RUNS) return true;
  return false;
}

// What can make Markdown of plain text (CommonMark and GFM). Anywhere in a line: emphasis
// and strikethrough, code, HTML and autolinks, entities, escapes, links and images, tables,
// email and URL autolink literals (`a@b`, `http:`, `www.`), tabs. At the start of a line only:
// list items (`-`, `+`, `*`, `1.`, `1)`), headings, quotes, setext underlines and indented code;
// a space at a line's end may make a hard break. A body with none of these is plain text.
const SYNTAX_ANYWHERE = /[\t*_`<&\\[\]|~@:]|www\./iu;
const SYNTAX_AT_LINE_EDGE = /^(?:[-+#>= ]|\d+[.)])| $/mu;

/** True when `text` may hold Markdown syntax; false means the parser would see plain paragraphs. */
function mayHoldSyntax(text: string): boolean {
  return SYNTAX_ANYWHERE.test(text) || SYNTAX_AT_LINE_EDGE.test(text);
}

// The export dialog's live preview exports the same bodies again on every change of scope or
// option: the blocks of recent bodies are kept. Nothing downstream mutates them (the serialiser reads trees
// without changing them). Oldest entries go first when the cache is full.
const BODY_CACHE_SIZE = 20_000;
const bodyCache = new Map<string, readonly BodyBlock[]>();

/** The body's blocks, sanitised (see the file comment); [] for an empty body. */
export function noteBodyBlocks(body: string): readonly BodyBlock[] {
  const cached = bodyCache.get(body);
  if (cached !== undefined) return cached;
  const text = cleanText(body);
  // Most notes are a sentence or two of Chinese prose: skip the parser for them, with the same
  // result (a property test checks it).
  const blocks = text.trim() === '' ? [] : mayHoldSyntax(text) ? parseBodyBlocks(text) : plainParagraphs(text);
  if (bodyCache.size >= BODY_CACHE_SIZE) {
    const oldest = bodyCache.keys().next();
    if (oldest.done !== true) bodyCache.delete(oldest.value);
  }
  bodyCache.set(body, blocks);
  return blocks;
}

/** Empties the cache of parsed bodies (for benchmarks measuring a first export). */
export function clearNoteBodyCache(): void {
  bodyCache.clear();
}

/** The body parsed as Markdown and sanitised, without the plain-text shortcut. */
export function parseBodyBlocks(body: string): BodyBlock[] {
  const text = cleanText(body);
  if (isCostlyToParse(text)) return plainParagraphs(text);
  let root;
  try {
    root = parseMarkdownTree(text);
  } catch (error) {
    if (error instanceof RangeError) return plainParagraphs(text);
    throw error;
  }
  if (nestingDepth(root) > MAX_NESTING) return plainParagraphs(text);
  return sanitizeBlocks(root.children);
}

/** Paragraphs of plain text, split at blank lines, as the parser makes them from inert text. */
export function plainParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const chunk of cleanText(text).split(/\n[ \t]*\n/u)) {
    // Only spaces and tabs are Markdown whitespace; an ideographic space is text.
    const lines = chunk
      .split('\n')
      .map((line) => line.replace(/^[ \t]+|[ \t]+$/gu, ''))
      .filter((line) => line !== '');
    if (lines.length > 0) paragraphs.push({ type: 'paragraph', children: [{ type: 'text', value: lines.join('\n') }] });
  }
  return paragraphs;
}

/** The deepest nesting of the tree, walked without recursion (the tree may be very deep). */
function nestingDepth(root: Nodes): number {
  let deepest = 0;
  const pending: Array<[Nodes, number]> = [[root, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (depth > deepest) deepest = depth;
    if (depth > MAX_NESTING) break;
    if ('children' in node) for (const child of node.children) pending.push([child, depth + 1]);
  }
  return deepest;
}

function sanitizeBlocks(nodes: readonly RootContent[]): BodyBlock[] {
  return nodes.flatMap((node) => sanitizeBlock(node));
}

function paragraphOf(children: PhrasingContent[]): Paragraph[] {
  return children.length === 0 ? [] : [{ type: 'paragraph', children }];
}

function sanitizeBlock(node: RootContent): BodyBlock[] {
  switch (node.type) {
    case 'paragraph':
      return paragraphOf(sanitizePhrasingList(node.children));
    case 'heading': {
      const children = sanitizePhrasingList(node.children);
      return paragraphOf(children.length === 0 ? [] : [{ type: 'strong', children }]);
    }
    case 'thematicBreak':
      return [];
    case 'html':
      return plainParagraphs(node.value);
    case 'code':
      return [{ type: 'code', lang: node.lang ?? null, meta: node.meta ?? null, value: node.value }];
    case 'blockquote': {
      const children = sanitizeBlocks(node.children);
      return children.length === 0 ? [] : [{ type: 'blockquote', children }];
    }
    case 'list': {
      const items = node.children.map((item) => sanitizeListItem(item));
      return [{ type: 'list', ordered: node.ordered ?? false, start: node.start ?? null, spread: node.spread ?? false, children: items }];
    }
    case 'table':
      return [{ type: 'table', align: node.align ?? null, children: node.children.map((row) => sanitizeRow(row)) }];
    case 'definition':
      return [definitionParagraph(node.label ?? node.identifier, node.url, node.title)];
    default:
      // The parser puts no other node at block level (items, rows and cells are inside their
      // list or table; footnotes are never nodes).
      return [];
  }
}

/**
 * A reference definition as the delegate typed it, made inert: `[1]: ` as text (the serialiser
 * escapes the bracket, so it defines nothing), then the URL as a link when it is safe, then the
 * title. An unsafe URL is left out, as an unsafe link keeps only its text.
 */
function definitionParagraph(label: string, url: string, title: string | null | undefined): Paragraph {
  const children: PhrasingContent[] = [{ type: 'text', value: `[${label}]:` }];
  if (url !== '' && isSafeUrl(url)) children.push({ type: 'text', value: ' ' }, { type: 'link', url, title: null, children: [{ type: 'text', value: url }] });
  if (title !== null && title !== undefined && title !== '') children.push({ type: 'text', value: ` “${title}”` });
  return { type: 'paragraph', children };
}

function sanitizeListItem(item: ListItem): ListItem {
  return {
    type: 'listItem',
    spread: item.spread ?? false,
    checked: item.checked ?? null,
    children: sanitizeBlocks(item.children),
  };
}

function sanitizeRow(row: TableRow): TableRow {
  return {
    type: 'tableRow',
    children: row.children.map((cell): TableCell => ({ type: 'tableCell', children: sanitizePhrasingList(cell.children) })),
  };
}

function sanitizePhrasingList(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node) => sanitizePhrasing(node));
}

function sanitizePhrasing(node: PhrasingContent): PhrasingContent[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'html':
      return [{ type: 'text', value: node.value }];
    case 'break':
      return [{ type: 'break' }];
    case 'inlineCode':
      return [{ type: 'inlineCode', value: node.value }];
    case 'emphasis':
    case 'strong':
    case 'delete': {
      const children = sanitizePhrasingList(node.children);
      return children.length === 0 ? [] : [{ type: node.type, children }];
    }
    case 'link':
      return linkOf(node.url, node.title, sanitizePhrasingList(node.children));
    case 'image':
      return imageOf(node.url, node.title, node.alt);
    default:
      // The parser makes no other inline node (references are resolved, footnotes are text).
      return [];
  }
}

function textOf(value: string | null | undefined): PhrasingContent[] {
  return value === null || value === undefined || value === '' ? [] : [{ type: 'text', value }];
}

function linkOf(url: string, title: string | null | undefined, children: PhrasingContent[]): PhrasingContent[] {
  if (!isSafeUrl(url)) return children;
  return [{ type: 'link', url, title: title ?? null, children }];
}

function imageOf(url: string, title: string | null | undefined, alt: string | null | undefined): PhrasingContent[] {
  if (!isSafeUrl(url)) return textOf(alt);
  return [{ type: 'image', url, title: title ?? null, alt: alt ?? null }];
}
