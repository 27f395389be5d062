/**
 * Whatever a note's body holds, it stays inside its note: the outline (every heading, the
 * number and order of note sections), the front matter and the other notes are the same as
 * with a harmless body; no raw HTML and no link with a dangerous scheme survive.
 */
import fc from 'fast-check';
import type { Link as LinkNode, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../renderer/src/core/export/briefing';
import { noteBodyBlocks } from '../../../renderer/src/core/export/noteBody';
import type { Note } from '../../../renderer/src/core/notes/types';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { allNodes, EXPORTED_AT, frontMatterOf, noteOn, noteSections, outline, parseMarkdown } from './exportFixtures';

const report = bundledReport();

const hostileBodies: ReadonlyArray<[string, string]> = [
  ['an ATX heading', '# Heading'],
  ['headings of every level', '# 1\n## 2\n### 3\n#### 4\n##### 5\n###### 6'],
  ['a setext heading', 'Title\n====='],
  ['front matter', '---\ntitle: x\n---'],
  ['front matter with a closing dots line', '---\ntitle: x\n...'],
  ['a thematic break', 'before\n\n---\n\nafter'],
  ['an unterminated backtick fence', '```\nthe rest of the document'],
  ['an unterminated tilde fence', '~~~~\nthe rest'],
  ['a fence with a fence inside', '````\n```\ninner\n```\n````'],
  ['a script tag', '<script>alert(1)</script>'],
  ['an inline event handler', 'x <img src=x onerror="alert(1)"> y'],
  ['an HTML comment that never closes', '<!-- swallow everything'],
  ['a GFM table', '| a | b |\n|---|---|\n| 1 | 2 |'],
  ['a table without its body', '| a | b |\n|---|---|'],
  ['a lone delimiter row', '|---|---|'],
  ['lines starting with >', '> quoted\n>> nested\n> # heading in a quote'],
  ['a javascript: link', '[link](javascript:alert(1))'],
  ['a javascript: autolink', '<javascript:alert(1)>'],
  ['an encoded javascript: link', '[x](&#106;avascript:alert(1))'],
  ['a data: image', '![x](data:text/html;base64,PHNjcmlwdD4=)'],
  ['a reference definition', '[x]: javascript:alert(1)\n\n[x]'],
  ['10,000 backticks', '`'.repeat(10_000)],
  ['10,000 nested quotes', '>'.repeat(10_000) + ' deep'],
  ['3,000 nested lists', '- '.repeat(3_000) + 'deep'],
  ['10,000 stars', '*'.repeat(10_000) + 'a' + '*'.repeat(10_000)],
  ['CRLF line ends', '# Heading\r\n\r\n---\r\nbody\r\n'],
  ['a lone CR', 'a\r# b'],
  ['NUL and other controls', 'a\u0000b\u0001c\u001Bd\u007F'],
  ['RTL marks and overrides', '\u200F\u202E# heading\u202C\n\u2067---\u2069'],
  ['Chinese with full-width marks', '＃ 标题\n——\n｜表格｜'],
  ['a list item holding a heading', '- # heading\n- ---'],
  ['indented code', '    # not a heading\n    ---'],
  ['trailing backslash', 'text\\'],
  ['a footnote definition', '[^1]: footnote\n\n# heading'],
  ['link reference label leaking', '[ref]'],
  ['a lone surrogate', 'a\uD800b'],
  ['a www. literal right before HTML', 'www.</div> www.<script>alert(1)</script> www.~<b>x</b>'],
];

function briefingWith(bodies: readonly string[], quoteMode: 'passage' | 'paragraph' = 'passage'): { notes: Note[]; markdown: string; tree: Root } {
  const numbers = ['summary.1', '1.1', '3.2', '4.3', '7.4'];
  const notes = bodies.map((body, i) =>
    noteOn(numbers[i % numbers.length]!, { body, tags: ['网络安全'], stance: 'concern', createdAt: `2026-11-01T00:00:0${i % 10}.000Z` }),
  );
  const { markdown } = buildBriefing({
    reports: [report],
    notes,
    links: [],
    scope: { kind: 'all' },
    options: { lang: 'zh', quoteMode, exportedAt: EXPORTED_AT },
  });
  return { notes, markdown, tree: parseMarkdown(markdown) };
}

/** A node's data without source positions, which shift with the length of other notes. */
function withoutPositions(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, inner: unknown) => (key === 'position' ? undefined : inner)));
}

/** Text with every run of whitespace as one space: a code span's line ending is a space (CommonMark 6.1). */
function squeeze(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

function unsafeLinks(tree: Root): string[] {
  return allNodes(tree).flatMap((node) =>
    node.type === 'link' || node.type === 'image' || node.type === 'definition'
      ? /^\s*(javascript|data|vbscript|file):/iu.test((node satisfies { url: string }).url)
        ? [node.url]
        : []
      : [],
  );
}

describe('hostile note bodies', () => {
  const harmless = briefingWith(['正常的笔记', '正常的笔记', '正常的笔记']);

  it.each(hostileBodies)('%s cannot change the document structure', (_name, body) => {
    const hostile = briefingWith(['正常的笔记', body, '正常的笔记']);
    expect(outline(hostile.tree)).toEqual(outline(harmless.tree));
    expect(frontMatterOf(hostile.tree)).toEqual(frontMatterOf(harmless.tree));
    expect(noteSections(hostile.tree).map((note) => note.heading)).toEqual(noteSections(harmless.tree).map((note) => note.heading));
    // The first and last notes are exactly as with harmless neighbours.
    const sections = noteSections(hostile.tree);
    const harmlessSections = noteSections(harmless.tree);
    for (const index of [0, 2]) expect(withoutPositions(sections[index])).toEqual(withoutPositions(harmlessSections[index]));
    // The hostile note still starts with its quote and ends with its tags and stance.
    expect(sections[1]?.nodes[0]?.type).toBe('blockquote');
    expect(toString(sections[1]?.nodes.at(-1))).toBe('标签：网络安全立场：关切');
    expect(allNodes(hostile.tree).filter((node) => node.type === 'html')).toEqual([]);
    expect(unsafeLinks(hostile.tree)).toEqual([]);
  });

  it('keeps a dangerous link as text and a safe one as a link', () => {
    const [paragraph] = noteBodyBlocks('[危险](javascript:alert(1)) 与 [安全](https://www.itu.int/) 与 [相对](../x.md)');
    const links = allNodes(paragraph!).filter((node): node is LinkNode => node.type === 'link');
    expect(links.map((link) => link.url)).toEqual(['https://www.itu.int/', '../x.md']);
    expect(toString(paragraph)).toBe('危险 与 安全 与 相对');
  });

  it('shows HTML as text rather than running it', () => {
    const { markdown, tree } = briefingWith(['<script>alert(1)</script>']);
    expect(markdown).toContain('\\<script>alert(1)\\</script>');
    expect(toString(noteSections(tree)[0]?.nodes[1])).toBe('<script>alert(1)</script>');
  });

  it('turns body headings into bold paragraphs', () => {
    expect(noteBodyBlocks('# 标题\n正文')).toEqual([
      { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: '标题' }] }] },
      { type: 'paragraph', children: [{ type: 'text', value: '正文' }] },
    ]);
  });

  it('resolves a body\u2019s link references inside the body, so definitions do not leak to other notes', () => {
    const { tree } = briefingWith(['[x]: https://evil.example/\n\n定义', '引用 [x] 的笔记']);
    const [defining, referring] = noteSections(tree);
    expect(allNodes(tree).filter((node) => node.type === 'definition')).toEqual([]);
    expect(referring?.nodes.some((node) => allNodes(node).some((inner) => inner.type === 'link'))).toBe(false);
    expect(toString(defining?.nodes[1])).toBe('[x]: https://evil.example/');
    expect(toString(defining?.nodes[2])).toBe('定义');
  });

  it('keeps a note made only of references in the briefing, its links safe', () => {
    const { tree } = briefingWith(['[1]: https://www.itu.int/council\n[2]: javascript:alert(1)\n[3]: mailto:sg17@itu.int "SG17"']);
    const [note] = noteSections(tree);
    expect(note?.nodes.slice(1, 4).map((node) => toString(node))).toEqual(['[1]: https://www.itu.int/council', '[2]:', '[3]: mailto:sg17@itu.int “SG17”']);
    const links = allNodes(tree).filter((node): node is LinkNode => node.type === 'link');
    expect(links.map((link) => link.url)).toEqual(['https://www.itu.int/council', 'mailto:sg17@itu.int']);
    expect(allNodes(tree).filter((node) => node.type === 'definition')).toEqual([]);
  });

  it('writes a fence longer than any run of backticks in a code block', () => {
    const { markdown, tree } = briefingWith(['````\n```\ninner\n```\n````']);
    expect(markdown).toContain('````\n```\ninner\n```\n````');
    const code = noteSections(tree)[0]?.nodes[1];
    expect(code?.type === 'code' ? code.value : undefined).toBe('```\ninner\n```');
  });

  it('removes NUL and carriage returns, keeps RTL marks and Chinese', () => {
    const { markdown } = briefingWith(['第一行\r\n第二\u0000行\r\n\u200Fمرحبا']);
    expect(markdown).toContain('第一行\n第二行\n\u200Fمرحبا');
    expect(markdown).not.toMatch(/[\r\u0000]/u);
  });

  it('no arbitrary body changes the outline, the note count or the other notes (fast-check)', () => {
    const tokens = [
      '#', '# ', '## ', '---', '***', '___', '===', '\n', '\n\n', '```', '~~~', '>', '> ', '- ', '* ', '+ ', '1. ', '2) ',
      '|', '| a | b |', '|---|', ':-:', '<script>', '</div>', '<!--', '-->', '<?', '<![CDATA[', '[', ']', '(', ')', '[x]: ',
      'javascript:', 'www.', 'http://', '@', '`', '*', '_', '~', '\\', '&amp;', '&#', ';', ' ', '    ', '\t', '\r\n', '\r',
      '\u0000', '\u202E', '\u200F', '网络安全', 'ITU-T X.509', 'x', '^', '!', '=', '  \n', '[^1]', '$$',
    ];
    const markdownish = fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((parts) => parts.join(''));
    const anyText = fc.string({ unit: 'binary', maxLength: 200 });
    fc.assert(
      fc.property(fc.array(fc.oneof(markdownish, anyText), { minLength: 1, maxLength: 4 }), (bodies) => {
        const harmlessOnes = bodies.map(() => '正常的笔记');
        const expected = briefingWith(harmlessOnes);
        const actual = briefingWith(bodies);
        expect(outline(actual.tree)).toEqual(outline(expected.tree));
        expect(noteSections(actual.tree)).toHaveLength(bodies.length);
        expect(frontMatterOf(actual.tree)).toEqual(frontMatterOf(expected.tree));
        for (const section of noteSections(actual.tree)) {
          expect(section.nodes[0]?.type).toBe('blockquote');
          expect(toString(section.nodes.at(-1))).toBe('标签：网络安全立场：关切');
        }
        expect(allNodes(actual.tree).filter((node) => node.type === 'html')).toEqual([]);
        expect(unsafeLinks(actual.tree)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('keeps each arbitrary body\u2019s text inside its own note (fast-check)', () => {
    const tokens = ['# ', '---', '\n', '\n\n', '```', '> ', '- ', '1. ', '| a |', '|---|', '<b>', '[x]', '(y)', '*', '_', '`', '\\', '网络', 'ITU-T', ' '];
    const body = fc.array(fc.constantFrom(...tokens), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 3 }), (bodies) => {
        const { tree } = briefingWith(bodies);
        noteSections(tree).forEach((section) => {
          // Between the quote and the meta list: the body, and nothing of another note.
          const inner = section.nodes.slice(1, -1).map((node) => squeeze(toString(node)));
          const bodyIndex = bodies.findIndex(
            (candidate) => noteBodyBlocks(candidate).map((node) => squeeze(toString(node))).join('\u0001') === inner.join('\u0001'),
          );
          expect(bodyIndex, JSON.stringify({ inner, bodies })).toBeGreaterThanOrEqual(0);
        });
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
