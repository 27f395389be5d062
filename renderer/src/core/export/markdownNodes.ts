/**
 * Small builders for the mdast nodes the briefing is made of. Every string the exporter writes
 * goes in through `text` (or inline code), so the serialiser decides how to escape it: a tag
 * such as `# x`, a label with `|` or a title with `---` stays text.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Strong, Text } from 'mdast';
import { cleanText, inlineText } from './plainText';

/** A text node for one line of plain text: whitespace runs become one space (kept at the ends). */
export function text(value: string): Text {
  return { type: 'text', value: cleanText(value).replace(/\s+/gu, ' ') };
}

/** Bold plain text. */
export function strong(value: string): Strong {
  return { type: 'strong', children: [text(inlineText(value))] };
}

/** A paragraph of inline nodes. */
export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

/** A heading of plain text; depth 1 to 6. */
export function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [text(inlineText(value))] };
}

/** A tight bulleted list with one item per block group. */
export function bulletList(items: ReadonlyArray<ListItem['children']>): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children })),
  };
}

/**
 * Paragraphs of plain text that may span lines (a quoted passage): split at blank lines, each
 * line's surrounding spaces dropped, line breaks inside a paragraph kept.
 */
export function textParagraphs(value: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const chunk of cleanText(value).split(/\n\s*\n/u)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (lines.length > 0) paragraphs.push({ type: 'paragraph', children: [{ type: 'text', value: lines.join('\n') }] });
  }
  return paragraphs;
}
