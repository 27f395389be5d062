/** The body sanitiser and its shortcuts: same result as the parser, safe URLs, bounded cost. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteBodyBlocks, parseBodyBlocks, plainParagraphs } from '../../../renderer/src/core/export/noteBody';
import { isSafeUrl } from '../../../renderer/src/core/export/safeUrl';
import { serializeMarkdown } from '../../../renderer/src/core/export/serializeMarkdown';

describe('noteBodyBlocks', () => {
  it('gives plain prose the same paragraphs as the parser (fast-check)', () => {
    // Letters of several scripts, digits, ASCII punctuation that is plain text in mid-line but
    // syntax at a line's start (`-`, `+`, `#`, `>`, `=`, `1.`, `1)`), `www` without its dot,
    // full-width marks, spaces, line breaks and blank lines: some bodies take the shortcut, others
    // the parser, and both must agree.
    const inert = fc.constantFrom(
      ...'网络安全国际电联，。；：“”（）abcwWXYZ019 ,;?"\'%$/({}^!-+#>=.)\n\n\u3000\u00A0مرحبا'.split(''),
      'ITU-T',
      'X.509',
      '2016年',
      'www',
    );
    fc.assert(
      fc.property(fc.array(inert, { maxLength: 60 }).map((chars) => chars.join('')), (body) => {
        // A body of nothing but spaces (ideographic ones included) is an empty note, though
        // the parser would keep U+3000 as text.
        expect(noteBodyBlocks(body)).toEqual(body.trim() === '' ? [] : parseBodyBlocks(body));
      }),
      { numRuns: 2_000 },
    );
  });

  it('splits plain text into paragraphs at blank lines and keeps line breaks', () => {
    expect(noteBodyBlocks('第一行\n第二行\n\n\n第二段')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: '第一行\n第二行' }] },
      { type: 'paragraph', children: [{ type: 'text', value: '第二段' }] },
    ]);
    expect(noteBodyBlocks('  \n\t\n')).toEqual([]);
  });

  it('resolves link references and keeps their definitions where they were typed, inert', () => {
    expect(noteBodyBlocks('[参考][x]\n\n[x]: https://www.itu.int/ "ITU"')).toEqual([
      { type: 'paragraph', children: [{ type: 'link', url: 'https://www.itu.int/', title: 'ITU', children: [{ type: 'text', value: '参考' }] }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: '[x]:' },
          { type: 'text', value: ' ' },
          { type: 'link', url: 'https://www.itu.int/', title: null, children: [{ type: 'text', value: 'https://www.itu.int/' }] },
          { type: 'text', value: ' “ITU”' },
        ],
      },
    ]);
  });

  it('keeps a body made only of reference definitions, each with its own destination', () => {
    const body = '[1]: https://www.itu.int/a\n[2]: <https://www.itu.int/b> "第二"\n[1]: https://www.itu.int/again';
    expect(serializeMarkdown({ type: 'root', children: [...noteBodyBlocks(body)] })).toBe(
      '\\[1]: <https://www.itu.int/a>\n\n\\[2]: <https://www.itu.int/b> “第二”\n\n\\[1]: <https://www.itu.int/again>\n',
    );
  });

  it('applies the link rules to a definition: an unsafe destination is left out, the label stays', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x']) {
      const blocks = noteBodyBlocks(`[r]: ${url}`);
      expect(serializeMarkdown({ type: 'root', children: [...blocks] })).toBe('\\[r]:\n');
    }
  });

  it('writes footnotes as the text the delegate typed', () => {
    expect(serializeMarkdown({ type: 'root', children: [...noteBodyBlocks('见[^a]。\n\n[^a]: 脚注')] })).toBe('见\\[^a]。\n\n\\[^a]: 脚注\n');
  });

  it('keeps task lists, strikethrough, inline code and hard breaks', () => {
    expect(serializeMarkdown({ type: 'root', children: [...noteBodyBlocks('- [x] 完成 ~~删除~~ `代码`\n- [ ] 待办\\\n下一行')] })).toBe(
      '- [x] 完成 ~~删除~~ `代码`\n- [ ] 待办\\\n  下一行\n',
    );
  });

  it.each([
    ['10,000 nested quotes', '>'.repeat(10_000) + ' x'],
    ['16 quotes opened on one line', '> '.repeat(16) + 'x'],
    ['3,000 nested lists', '- '.repeat(3_000) + 'x'],
    ['10,000 stars around a letter', '*'.repeat(10_000) + 'a' + '*'.repeat(10_000)],
    ['nested strong and emphasis (cmark pathological)', '*a **a '.repeat(2_000) + 'b' + ' a** a*'.repeat(2_000)],
    ['mismatched openers and closers', '*a_ '.repeat(5_000)],
    ['a very long body', '网络'.repeat(20_000)],
  ])('falls back to plain text for %s (its cost is a figure of npm run bench)', (_name, body) => {
    const blocks = noteBodyBlocks(body);
    expect(serializeMarkdown({ type: 'root', children: [...blocks] }).length).toBeGreaterThan(0);
    expect(blocks).toEqual(plainParagraphs(body));
  });

  it('still parses a long ordinary note with some formatting', () => {
    const body = Array.from({ length: 100 }, (_, i) => `- 第${i}点：**重点**和 _说明_`).join('\n');
    const [list] = noteBodyBlocks(body);
    expect(list?.type === 'list' ? list.children.length : 0).toBe(100);
  });

  it('keeps a line of dashes as a separator without giving up on formatting', () => {
    expect(noteBodyBlocks('**要点**\n\n' + '-'.repeat(80) + '\n\n正文').map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://www.itu.int/md/S17-CL-C-0017/', true],
    ['http://example.org', true],
    ['mailto:delegate@example.org', true],
    ['HTTPS://EXAMPLE.ORG', true],
    ['../reports/c17.md', true],
    ['#section-4', true],
    ['/absolute/path', true],
    ['?query=a:b', true],
    ['docs/a:b', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['\u0000javascript:alert(1)', false],
    ['vbscript:msgbox', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['file:///etc/passwd', false],
    ['ｊａｖａｓｃｒｉｐｔ:alert(1)', false],
  ])('%j → %s', (url, expected) => {
    expect(isSafeUrl(url)).toBe(expected);
  });
});
