/**
 * The one place Markdown text is written: mdast-util-to-markdown with GFM (tables,
 * strikethrough, task lists in bodies) and YAML front matter. Every part of a briefing is a
 * tree node by then; nothing is concatenated into the output by hand.
 */
import type { Root, Text } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { defaultHandlers, toMarkdown, type Handle, type Options, type State, type Unsafe } from 'mdast-util-to-markdown';

// The serialiser runs 50-odd escaping patterns over every text node, most of which (Chinese
// prose) holds none of the characters they look for. When a text holds no such character, the
// default handler returns it unchanged, so it is returned here without the scan: same output,
// a large share of the export's time saved (a property test compares both).
const unsafeCharacterPatterns = new WeakMap<readonly Unsafe[], RegExp>();

function unsafeCharacters(state: State): RegExp {
  let pattern = unsafeCharacterPatterns.get(state.unsafe);
  if (pattern === undefined) {
    const characters = new Set(state.unsafe.map((unsafe) => unsafe.character));
    const escaped = [...characters].map((character) => `\\u{${(character.codePointAt(0) ?? 0).toString(16)}}`).join('');
    pattern = new RegExp(`[${escaped}]`, 'u');
    unsafeCharacterPatterns.set(state.unsafe, pattern);
  }
  return pattern;
}

const writeText: Handle = (node: Text, parent, state, info) =>
  unsafeCharacters(state).test(node.value) ? defaultHandlers.text(node, parent, state, info) : node.value;

// Before writing a node, the serialiser asks the next one for its first character (to know
// whether it must escape the end of this one); without a `peek`, a text node is written in
// full for that, twice in all. The first character comes out as it is unless it is unsafe.
const peekText: Handle = (node: Text, parent, state, info) => {
  const first = String.fromCodePoint(node.value.codePointAt(0) ?? 0x20);
  return node.value !== '' && !unsafeCharacters(state).test(first) ? first : writeText(node, parent, state, info);
};

const text = Object.assign(writeText, { peek: peekText });

const baseOptions: Options = {
  extensions: [gfmToMarkdown(), frontmatterToMarkdown(['yaml'])],
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
};

/** Options for the serialiser; `fastText: false` turns the text fast path off (for tests). */
export function serializerOptions(fastText = true): Options {
  return fastText ? { ...baseOptions, handlers: { text } } : baseOptions;
}

/** Writes a Markdown tree as text, ending with one newline. */
export function serializeMarkdown(root: Root, fastText = true): string {
  return toMarkdown(root, serializerOptions(fastText));
}
