/**
 * A note body parsed as Markdown into an mdast tree. markdown-it tokenises (CommonMark, GFM
 * tables, strikethrough, autolink literals of URLs and e-mail addresses) some forty times
 * faster than micromark for short bodies, which is what lets a 10,000-note briefing export in
 * under a second; its flat token stream is folded into the mdast nodes the sanitiser reads
 * (noteBody.ts). Differences from GitHub's grammar that are kept on purpose: `~one tilde~` is
 * text, a bare `www.` address is not linked, and a footnote (`[^1]`, `[^1]: …`) is the text
 * the delegate typed; and a list is loose or tight as a whole (markdown-it's notion), which
 * at most changes the blank lines between its items. The fold reads markdown-it's token stream
 * and internals (lib/token.mjs, rules_block/state_block.mjs), so package.json pins markdown-it
 * exactly: upgrade it on purpose, with the property tests of tests/core/export/markdownItTree.test.ts (against micromark)
 * as the gate.
 */
import type {
  Blockquote,
  Code,
  Definition,
  Heading,
  Html,
  List,
  ListItem,
  Paragraph,
  Parents,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import MarkdownIt, { type Options } from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';

/** Nesting markdown-it allows (it drops deeper content): beyond what noteBody.ts accepts. */
const TOKEN_NESTING = 100;

// `maxNesting` is a preset option the type declarations leave out.
const options: Options & { readonly maxNesting: number } = { html: true, linkify: true, maxNesting: TOKEN_NESTING };
const markdownIt = new MarkdownIt('commonmark', options).enable([
  'table',
  'strikethrough',
  'linkify',
]);
// GFM links URLs with a scheme and e-mail addresses, but not bare domain names (a word such as
// `X.509` or `a.cn` stays text) nor protocol-relative `//host` addresses.
markdownIt.linkify.set({ fuzzyLink: false }).add('//', null);
// URLs are kept as written (no percent-encoding) and judged by isSafeUrl, as for every link.
markdownIt.validateLink = (): boolean => true;
markdownIt.normalizeLink = (url: string): string => url;
markdownIt.normalizeLinkText = (url: string): string => url;
markdownIt.block.ruler.before('reference', 'footnoteDefinitionAsText', footnoteDefinitionAsText);
keepReferenceDefinitions();

/** What a kept definition token carries: the label as typed, and the destination it gives. */
interface DefinitionMeta {
  readonly label: string;
  readonly href: string;
  readonly title: string;
}

type References = Record<string, { href: string; title: string }>;

const DEFINITION_LABEL = /^[ \t]*\[((?:[^\\\]]|\\.)*)\]:/u;

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * A block rule of markdown-it by its registered name. The Ruler keeps `{ name, fn }` entries in
 * `__rules__`; a function's own name cannot be used, since a minifier renames it.
 */
function namedBlockRule(name: string): BlockRule {
  const rules: unknown = Reflect.get(markdownIt.block.ruler, '__rules__');
  const entry: unknown = Array.isArray(rules) ? rules.find((rule: unknown) => typeof rule === 'object' && rule !== null && Reflect.get(rule, 'name') === name) : undefined;
  const fn: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'fn') : undefined;
  if (typeof fn !== 'function') throw new Error(`markdown-it has no ${name} rule`);
  return (state, startLine, endLine, silent) => Boolean(Reflect.apply(fn, undefined, [state, startLine, endLine, silent]));
}

/**
 * markdown-it's `reference` rule stores a definition in `env.references` and leaves no token, so
 * the definition vanishes from the text. It is wrapped: after it succeeds, a `kb_definition`
 * token records the label as typed and the destination, in place. A repeated label defines
 * nothing (CommonMark keeps the first), but its line is still the delegate's text: it is read
 * again with the first definition set aside, to learn its own destination.
 */
function keepReferenceDefinitions(): void {
  const reference = namedBlockRule('reference');
  markdownIt.block.ruler.at('reference', (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    if (!reference(state, startLine, endLine, silent)) return false;
    if (silent) return true;
    const references: References = state.env.references ?? {};
    const source = state.getLines(startLine, state.line, state.blkIndent, false);
    const label = DEFINITION_LABEL.exec(source)?.[1] ?? '';
    const key = markdownIt.utils.normalizeReference(label);
    let own = references[key];
    if (own !== undefined && state.env.kbDefinitions?.has(key) === true) {
      const first = own;
      const endOfThis = state.line;
      delete references[key];
      state.line = startLine;
      reference(state, startLine, endLine, false);
      own = references[key];
      references[key] = first;
      state.line = endOfThis;
    }
    const seen: Set<string> = state.env.kbDefinitions ?? new Set<string>();
    seen.add(key);
    state.env.kbDefinitions = seen;
    const token = state.push('kb_definition', '', 0);
    token.map = [startLine, state.line];
    token.meta = { label, href: own?.href ?? '', title: own?.title ?? '' } satisfies DefinitionMeta;
    return true;
  });
}

/**
 * A line opening with `[^` is a GFM footnote definition, not a link reference definition: it
 * stays a paragraph of text (markdown-it's own paragraph rule, which a definition-looking line
 * never reaches), so `[^1]` elsewhere cannot turn into a link.
 */
function footnoteDefinitionAsText(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent > 3 || !state.src.startsWith('[^', start)) return false;
  // Like a reference definition, it cannot interrupt a paragraph.
  if (silent) return false;
  const terminators = state.md.block.ruler.getRules('paragraph');
  let nextLine = startLine + 1;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine]! - state.blkIndent > 3 || state.sCount[nextLine]! < 0) continue;
    if (terminators.some((rule) => rule(state, nextLine, endLine, true))) break;
  }
  const content = state.getLines(startLine, nextLine, state.blkIndent, false).replace(/^[ \t\n]+|[ \t\n]+$/gu, '');
  state.line = nextLine;
  state.push('paragraph_open', 'p', 1).map = [startLine, nextLine];
  const inline = state.push('inline', '', 0);
  inline.content = content;
  inline.map = [startLine, nextLine];
  inline.children = [];
  state.push('paragraph_close', 'p', -1);
  return true;
}

/** Parses `text` as Markdown (see the file comment); link references are resolved inside it. */
export function parseMarkdownTree(text: string): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: Parents[] = [root];
  // Whether each open list is loose: markdown-it hides the paragraphs of tight lists' items.
  const loose: boolean[] = [];
  for (const token of markdownIt.parse(text, {})) {
    const parent = stack[stack.length - 1]!;
    if (token.nesting === -1) {
      const closed = stack.pop();
      if (closed?.type === 'list') finishList(closed, loose.pop() ?? false);
      continue;
    }
    if (token.type === 'inline') {
      if (parent.type === 'paragraph' || parent.type === 'heading' || parent.type === 'tableCell') parent.children.push(...phrasing(token.children ?? []));
      continue;
    }
    if (token.type === 'paragraph_open' && parent.type === 'listItem' && token.hidden !== true) loose[loose.length - 1] = true;
    if (token.type === 'th_open') {
      // The header row is inside thead, which stands for the table on the stack.
      const table = stack[stack.length - 3];
      if (table?.type === 'table') table.align?.push(alignOf(token));
    }
    const node = blockNode(token);
    if (node === undefined) {
      // thead and tbody have no mdast node: their rows belong to the table, which their
      // closing token must not close.
      if (token.nesting === 1) stack.push(parent);
      continue;
    }
    (parent.children as RootContent[]).push(node);
    if (token.nesting === 1) {
      if (node.type === 'list') loose.push(false);
      stack.push(node as Parents);
    }
  }
  return root;
}

function alignOf(cell: Token): 'left' | 'right' | 'center' | null {
  const match = /text-align:(left|right|center)/u.exec(cell.attrGet('style') ?? '');
  return match === null ? null : (match[1] as 'left' | 'right' | 'center');
}

/** A list is spread when its paragraphs are (markdown-it hides the paragraphs of tight lists). */
function finishList(list: List, isLoose: boolean): void {
  list.spread = isLoose;
  for (const item of list.children) {
    item.spread = isLoose && item.children.length > 1;
    taskMarker(item);
  }
}

const TASK_MARKER = /^\[([ xX])\][ \t]+(?=\S)/u;

/** GFM task list items: `[ ]` or `[x]` opening an item's first paragraph. */
function taskMarker(item: ListItem): void {
  const first = item.children[0];
  const head = first?.type === 'paragraph' ? first.children[0] : undefined;
  const match = head?.type === 'text' ? TASK_MARKER.exec(head.value) : null;
  if (head?.type !== 'text' || match === null) return;
  item.checked = match[1] !== ' ';
  head.value = head.value.slice(match[0].length);
}

function attribute(token: Token, name: string): string | null {
  return token.attrGet(name);
}

function blockNode(token: Token): RootContent | undefined {
  switch (token.type) {
    case 'paragraph_open':
      return { type: 'paragraph', children: [] } satisfies Paragraph;
    case 'heading_open':
      return { type: 'heading', depth: Number(token.tag.slice(1)) as Heading['depth'], children: [] } satisfies Heading;
    case 'blockquote_open':
      return { type: 'blockquote', children: [] } satisfies Blockquote;
    case 'bullet_list_open':
    case 'ordered_list_open': {
      const ordered = token.type === 'ordered_list_open';
      return { type: 'list', ordered, start: ordered ? Number(attribute(token, 'start') ?? 1) : null, spread: false, children: [] } satisfies List;
    }
    case 'list_item_open':
      return { type: 'listItem', spread: false, checked: null, children: [] } satisfies ListItem;
    case 'fence': {
      const info = token.info.trim();
      const space = info.search(/[ \t]/u);
      const lang = space === -1 ? info : info.slice(0, space);
      const meta = space === -1 ? '' : info.slice(space).trim();
      return { type: 'code', lang: lang === '' ? null : lang, meta: meta === '' ? null : meta, value: token.content.replace(/\n$/u, '') } satisfies Code;
    }
    case 'code_block':
      return { type: 'code', lang: null, meta: null, value: token.content.replace(/\n$/u, '') } satisfies Code;
    case 'hr':
      return { type: 'thematicBreak' };
    case 'html_block':
      return { type: 'html', value: token.content.replace(/\n$/u, '') } satisfies Html;
    case 'kb_definition': {
      const { label, href, title }: DefinitionMeta = token.meta;
      return { type: 'definition', identifier: markdownIt.utils.normalizeReference(label).toLowerCase(), label, url: href, title: title === '' ? null : title } satisfies Definition;
    }
    case 'table_open':
      return { type: 'table', align: [], children: [] } satisfies Table;
    case 'tr_open':
      return { type: 'tableRow', children: [] } satisfies TableRow;
    case 'th_open':
    case 'td_open':
      return { type: 'tableCell', children: [] } satisfies TableCell;
    default:
      return undefined;
  }
}

function pushText(nodes: PhrasingContent[], value: string): void {
  if (value === '') return;
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.value += value;
  else nodes.push({ type: 'text', value });
}

/** The inline tokens of one paragraph, heading or cell as mdast phrasing nodes. */
function phrasing(tokens: readonly Token[]): PhrasingContent[] {
  const root: PhrasingContent[] = [];
  const stack: PhrasingContent[][] = [root];
  for (const token of tokens) {
    const nodes = stack[stack.length - 1]!;
    switch (token.type) {
      case 'text':
        pushText(nodes, token.content);
        break;
      case 'softbreak':
        pushText(nodes, '\n');
        break;
      case 'hardbreak':
        nodes.push({ type: 'break' });
        break;
      case 'code_inline':
        nodes.push({ type: 'inlineCode', value: token.content });
        break;
      case 'html_inline':
        nodes.push({ type: 'html', value: token.content });
        break;
      case 'image':
        nodes.push({ type: 'image', url: attribute(token, 'src') ?? '', title: attribute(token, 'title'), alt: plainTextOf(token.children ?? []) });
        break;
      case 'em_open':
      case 'strong_open':
      case 's_open':
      case 'link_open': {
        const children: PhrasingContent[] = [];
        if (token.type === 'link_open') nodes.push({ type: 'link', url: attribute(token, 'href') ?? '', title: attribute(token, 'title'), children });
        else nodes.push({ type: token.type === 'em_open' ? 'emphasis' : token.type === 'strong_open' ? 'strong' : 'delete', children });
        stack.push(children);
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 's_close':
      case 'link_close':
        stack.pop();
        break;
      default:
        if (token.content !== '') pushText(nodes, token.content);
    }
  }
  return root;
}

/** The text of an image's description, as CommonMark renders it in `alt`. */
function plainTextOf(tokens: readonly Token[]): string {
  return tokens.map((token) => (token.type === 'softbreak' || token.type === 'hardbreak' ? '\n' : token.type === 'image' ? plainTextOf(token.children ?? []) : token.content)).join('');
}
