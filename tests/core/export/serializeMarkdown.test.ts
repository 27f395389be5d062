/** The serialiser's shortcuts (text, paragraph, heading, inline code, repeated paragraphs) write exactly what mdast-util-to-markdown's own handlers write. */
import fc from 'fast-check';
import type { Paragraph, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { noteBodyBlocks } from '../../../renderer/src/core/export/noteBody';
import { serializeMarkdown } from '../../../renderer/src/core/export/serializeMarkdown';

describe('serializeMarkdown', () => {
  it('writes the same Markdown with and without the fast paths (fast-check)', () => {
    const tokens = ['[x] ', '[ ] ', '网络', 'ITU-T', 'X.509', ' ', '\n', '\n\n', '# ', '- ', '1. ', '> ', '*', '_', '`', '[', ']', '(', ')', '|', '<', '&', '\\', '~', ':', '@', 'www.', '!', '\t', '  \n', '---'];
    const body = fc.oneof(
      fc.array(fc.constantFrom(...tokens), { maxLength: 30 }).map((parts) => parts.join('')),
      fc.string({ unit: 'binary', maxLength: 80 }),
    );
    fc.assert(
      fc.property(body, fc.string({ maxLength: 20 }), (text, label) => {
        // The same paragraph in several places: the cache of repeated paragraphs must tell them apart.
        const repeated = (): Paragraph => ({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }, { type: 'text', value: text }] });
        const root: Root = {
          type: 'root',
          children: [
            repeated(),
            { type: 'blockquote', children: [repeated(), repeated()] },
            { type: 'list', children: [{ type: 'listItem', checked: true, children: [repeated(), repeated()] }, { type: 'listItem', children: [repeated()] }] },
            { type: 'heading', depth: 4, children: [{ type: 'text', value: label }] },
            { type: 'heading', depth: 1, children: [{ type: 'text', value: text }] },
            { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] },
            ...noteBodyBlocks(text),
            { type: 'list', children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }, { type: 'text', value: text }] }] }] },
            { type: 'list', children: [{ type: 'listItem', checked: label.length % 2 === 0, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] }] },
            { type: 'paragraph', children: [{ type: 'text', value: label }] },
            { type: 'paragraph', children: [{ type: 'inlineCode', value: label }, { type: 'text', value: ' ' }, { type: 'inlineCode', value: text }, { type: 'text', value: label }] },
            {
              type: 'paragraph',
              children: [
                { type: 'emphasis', children: [{ type: 'text', value: text }] },
                { type: 'link', url: 'https://x', title: null, children: [{ type: 'text', value: label }] },
                { type: 'text', value: text },
              ],
            },
            { type: 'table', align: [null], children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: text }, { type: 'inlineCode', value: label }] }] }] },
          ],
        };
        expect(serializeMarkdown(root, true)).toBe(serializeMarkdown(root, false));
      }),
      { numRuns: 500 },
    );
  });

  it('writes YAML front matter between --- lines', () => {
    expect(serializeMarkdown({ type: 'root', children: [{ type: 'yaml', value: 'title: x' }, { type: 'paragraph', children: [{ type: 'text', value: '正文' }] }] })).toBe(
      '---\ntitle: x\n---\n\n正文\n',
    );
  });
});
