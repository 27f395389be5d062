/**
 * The one place Markdown text is written: mdast-util-to-markdown with GFM (tables,
 * strikethrough, task lists in bodies) and YAML front matter. Every part of a briefing is a
 * tree node by then; nothing is concatenated into the output by hand.
 */
import type { Heading, InlineCode, Paragraph, Root, Text } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { defaultHandlers, toMarkdown, type Handle, type Info, type Options, type State, type Unsafe } from 'mdast-util-to-markdown';

// The serialiser runs 50-odd escaping patterns over every text node, each looking for one
// character in some context, then escapes the backslashes before punctuation. A pattern whose
// character is neither in the text nor in the characters around it cannot match, so only the
// patterns of the characters present are run (none at all for most Chinese prose); and when
// none of those is in scope and matches inside the text (rather than on the `*` of a strong
// around it, say), and there is no backslash, the handler would return the text unchanged, so
// it is not called: same output, much of the export's time saved (a property test compares
// this with the default handler). This leans on the serialiser's internals (its `unsafe` list
// and handlers' contract), so package.json pins mdast-util-to-markdown exactly: upgrade it on
// purpose, with tests/core/export/serializeMarkdown.test.ts as the gate.
interface UnsafeIndex {
  /** Any character some pattern looks for. */
  readonly anyCharacter: RegExp;
  /** The same, global, to list those present. */
  readonly characters: RegExp;
  /** The patterns, by the character they look for. */
  readonly byCharacter: ReadonlyMap<string, readonly Unsafe[]>;
}

const unsafeIndexes = new WeakMap<readonly Unsafe[], UnsafeIndex>();

function unsafeIndex(state: State): UnsafeIndex {
  let index = unsafeIndexes.get(state.unsafe);
  if (index === undefined) {
    const byCharacter = new Map<string, Unsafe[]>();
    for (const unsafe of state.unsafe) {
      const list = byCharacter.get(unsafe.character);
      if (list === undefined) byCharacter.set(unsafe.character, [unsafe]);
      else list.push(unsafe);
    }
    const escaped = [...byCharacter.keys()].map((character) => `\\u{${(character.codePointAt(0) ?? 0).toString(16)}}`).join('');
    index = { anyCharacter: new RegExp(`[${escaped}]`, 'u'), characters: new RegExp(`[${escaped}]`, 'gu'), byCharacter };
    unsafeIndexes.set(state.unsafe, index);
  }
  return index;
}

/** The patterns that can match in `value` with its surroundings. */
function patternsFor(state: State, value: string, info: Info): Unsafe[] {
  const { anyCharacter, characters, byCharacter } = unsafeIndex(state);
  const context = info.before + value + info.after;
  if (!anyCharacter.test(context)) return [];
  const patterns: Unsafe[] = [];
  let seen = '';
  for (const character of context.match(characters) ?? []) {
    if (seen.includes(character)) continue;
    seen += character;
    patterns.push(...(byCharacter.get(character) ?? []));
  }
  return patterns;
}

function isInStack(stack: readonly string[], constructs: Unsafe['inConstruct'], none: boolean): boolean {
  const list = typeof constructs === 'string' ? [constructs] : (constructs ?? []);
  return list.length === 0 ? none : list.some((construct) => stack.includes(construct));
}

/**
 * Whether `pattern` would escape a character of the text between `start` and `end` of
 * `context`: in scope (mdast-util-to-markdown's patternInScope) and matching there. Patterns
 * tied to neighbouring nodes are assumed to match.
 */
function escapesInside(state: State, pattern: Unsafe, context: string, start: number, end: number): boolean {
  if (!isInStack(state.stack, pattern.inConstruct, true) || isInStack(state.stack, pattern.notInConstruct, false)) return false;
  if (pattern.beforeNode !== undefined || pattern.afterNode !== undefined) return true;
  const expression = state.compilePattern(pattern);
  const hasBefore = pattern.before !== undefined || pattern.atBreak === true;
  let isInside = false;
  expression.lastIndex = 0;
  for (let match = expression.exec(context); match !== null; match = expression.exec(context)) {
    const position = match.index + (hasBefore ? (match[1]?.length ?? 0) : 0);
    if (position >= start && position < end) {
      isInside = true;
      break;
    }
  }
  // The serialiser runs the same global expression from its start.
  expression.lastIndex = 0;
  return isInside;
}

const writeText: Handle = (node: Text, parent, state, info) => {
  const patterns = patternsFor(state, node.value, info);
  if (patterns.length === 0) return node.value;
  const context = info.before + node.value + info.after;
  const start = info.before.length;
  const end = start + node.value.length;
  if (!context.includes('\\') && !patterns.some((pattern) => escapesInside(state, pattern, context, start, end))) return node.value;
  const all = state.unsafe;
  state.unsafe = patterns;
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};

// Before writing a node, the serialiser asks the next one for its first character (to know
// whether it must escape the end of this one); without a `peek`, a text node is written in
// full for that, twice in all. The first character comes out as it is unless it is unsafe.
const peekText: Handle = (node: Text, parent, state, info) => {
  const first = String.fromCodePoint(node.value.codePointAt(0) ?? 0x20);
  return node.value !== '' && !unsafeIndex(state).anyCharacter.test(first) ? first : writeText(node, parent, state, info);
};

const text = Object.assign(writeText, { peek: peekText });

const gfm = gfmToMarkdown();

/** GFM's own handler of a node type (or the default one) for a fast path to fall back on. */
function gfmHandler(type: 'paragraph' | 'inlineCode'): Handle {
  return (gfm.extensions ?? []).map((extension) => extension.handlers?.[type]).find((handle) => handle !== undefined) ?? defaultHandlers[type];
}

const gfmParagraph = gfmHandler('paragraph');

// Every tag of every note is inline code. The handlers (GFM's escapes `|` in tables) choose a
// longer fence for backticks, pad a value starting and ending with a space, and turn line
// endings into spaces; a value with none of these is written between single backticks, as they
// would write it. GFM's handler also lost the default one's `peek`, so an inline code before
// another node was written twice: its first character is always the opening backtick.
const gfmInlineCode = gfmHandler('inlineCode');
const writeInlineCode: Handle = (node: InlineCode, parent, state, info) =>
  /[`\n\r|]/u.test(node.value) || (node.value.startsWith(' ') && node.value.endsWith(' ')) ? gfmInlineCode(node, parent, state, info) : `\`${node.value}\``;
const inlineCode = Object.assign(writeInlineCode, { peek: (): string => '`' });

// Outside task items, a paragraph's Markdown depends only on its children, the characters
// around it and the constructs it is in, and writing it changes nothing else. Notes repeat
// short paragraphs (a stance, a set of tags, the label of their links), so within one document
// those are written once; the cache goes with the serialiser's state.
const MAX_CACHED_LENGTH = 200;
const paragraphCaches = new WeakMap<State, Map<string, string>>();

function cachedParagraph(node: Paragraph, parent: Parameters<Handle>[1], state: State, info: Info): string {
  const children = JSON.stringify(node.children);
  if (children.length > MAX_CACHED_LENGTH) return gfmParagraph(node, parent, state, info);
  let cache = paragraphCaches.get(state);
  if (cache === undefined) {
    cache = new Map();
    paragraphCaches.set(state, cache);
  }
  const key = `${info.before}\u0000${info.after}\u0000${state.stack.join(' ')}\u0000${children}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = gfmParagraph(node, parent, state, info);
    cache.set(key, value);
  }
  return value;
}

// Most paragraphs are one text node (a quote, a plain body). Phrasing containers weigh the
// emphasis markers around each child against its neighbours; with a single text child there
// are none, and the paragraph is the text as its handler writes it.
const paragraph: Handle = (node: Paragraph, parent, state, info) => {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  const isTask = parent?.type === 'listItem' && typeof parent.checked === 'boolean';
  // GFM's handler writes the `[x] ` of a task item's first paragraph.
  if (isTask) return gfmParagraph(node, parent, state, info);
  if (only?.type !== 'text') return cachedParagraph(node, parent, state, info);
  const exit = state.enter('paragraph');
  const exitPhrasing = state.enter('phrasing');
  state.indexStack.push(0);
  const value = writeText(only, node, state, info);
  state.indexStack.pop();
  exitPhrasing();
  exit();
  return value;
};

// GFM reads `www.` as the start of an autolink literal that runs to the next space or `<`,
// taking backslashes with it: `www.\<b>` or `www.\~<b>` would end the link at an escape's
// backslash and open raw HTML. mdast-util-gfm escapes the dot only before a letter, digit, `-`
// or `.`, and the serialiser skips escaping a character when the next one is escaped (which
// does not stop a literal), so the dot of every `www.` is escaped.
const wwwDot: Unsafe = {
  character: '.',
  before: '[Ww]{3}',
  inConstruct: 'phrasing',
  notInConstruct: ['autolink', 'link', 'image', 'label'],
};

// Every note, section and report has a heading of one line of text: an ATX heading is its `#`
// sequence, a space and the text as the text handler writes it after `# `. Anything else (a
// text starting with a space or tab, which is written as a character reference, or with a line
// break, which makes a level 1 or 2 heading setext) goes to the default handler.
const heading: Handle = (node: Heading, parent, state, info) => {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  const isPlainLine = only?.type === 'text' && only.value !== '' && !/^[\t ]|[\r\n]/u.test(only.value);
  if (!isPlainLine || state.options.setext === true || state.options.closeAtx === true) return defaultHandlers.heading(node, parent, state, info);
  const exit = state.enter('headingAtx');
  const exitPhrasing = state.enter('phrasing');
  state.indexStack.push(0);
  const value = writeText(only, node, state, { ...info, before: '# ', after: '\n' });
  state.indexStack.pop();
  exitPhrasing();
  exit();
  return value === '' ? '#'.repeat(node.depth) : `${'#'.repeat(node.depth)} ${value}`;
};

const baseOptions: Options = {
  extensions: [gfm, frontmatterToMarkdown(['yaml'])],
  unsafe: [wwwDot],
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
};

/** Options for the serialiser; `fastText: false` turns the fast paths off (for tests). */
export function serializerOptions(fastText = true): Options {
  return fastText ? { ...baseOptions, handlers: { text, paragraph, inlineCode, heading } } : baseOptions;
}

/** Writes a Markdown tree as text, ending with one newline. */
export function serializeMarkdown(root: Root, fastText = true): string {
  return toMarkdown(root, serializerOptions(fastText));
}
