/** Note bodies as the plain one-line excerpts lists show. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { markdownToPlainText, noteExcerpt } from '../../../renderer/src/core/notes/noteExcerpt';

describe('markdownToPlainText', () => {
  test.each([
    ['emphasis and strong', '演练要**扩大**到*区域*', '演练要扩大到区域'],
    ['underscore emphasis, not inside words', '__bold__ and _it_ but snake_case_name', 'bold and it but snake_case_name'],
    ['heading', '## Budget questions\nAsk the secretariat', 'Budget questions Ask the secretariat'],
    ['bullets and numbers', '- first\n- second\n1. third\n2) fourth', 'first second third fourth'],
    ['task boxes', '- [ ] call ENISA\n- [x] read 4.3', 'call ENISA read 4.3'],
    ['nested quote', '> > 引用的原文\n> 第二行', '引用的原文 第二行'],
    ['link keeps its text, drops its URL', 'See [Resolution 130](res130.html) now', 'See Resolution 130 now'],
    ['image keeps its alt text', '![chart of CIRTs](chart.png)', 'chart of CIRTs'],
    ['reference link and its definition', 'Read [the plan][p]\n\n[p]: plan.html', 'Read the plan'],
    ['code span and fence', 'Use `X.509`\n```ts\nconst a = 1;\n```', 'Use X.509 const a = 1;'],
    ['strikethrough', '~~old~~ new', 'old new'],
    ['HTML tags go, their text stays', 'a <b>bold</b> <!-- hidden --> word', 'a bold word'],
    ['escapes and entities', '\\*not emphasis\\* &amp; 1 &lt; 2', '*not emphasis* & 1 < 2'],
    ['table', '| a | b |\n|---|:-:|\n| 1 | 2 |', 'a b 1 2'],
    ['thematic break', 'above\n\n---\n\nbelow', 'above below'],
    ['CRLF', 'line one\r\n\r\n**line** two', 'line one line two'],
    ['arithmetic stars are not emphasis', '2 * 3 * 4', '2 * 3 * 4'],
    ['ITU identifiers survive', 'SG-17 and C17/15, ITU-T X.509', 'SG-17 and C17/15, ITU-T X.509'],
  ])('%s', (_, body, expected) => {
    expect(markdownToPlainText(body)).toBe(expected);
  });

  test('text without markup characters only has its whitespace collapsed', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9\u4e00-\u9fff，。]{1,12}$/u);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.constantFrom(' ', '\n', '  \n '), (words, separator) => {
        expect(markdownToPlainText(words.join(separator))).toBe(words.join(' '));
      }),
    );
  });

  test('any input gives one line, never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (body) => {
        const plain = markdownToPlainText(body);
        expect(plain).not.toMatch(/[\n\r\t]/u);
        expect(plain).toBe(plain.trim());
      }),
    );
  });
});

describe('noteExcerpt', () => {
  test('short bodies are returned whole, without markup', () => {
    expect(noteExcerpt('**需要跟进** 重点')).toBe('需要跟进 重点');
  });

  test('long bodies are cut with an ellipsis', () => {
    expect(noteExcerpt(`# Title\n${'word '.repeat(50)}`, 20)).toBe('Title word word word…');
  });

  test('a cut never splits a surrogate pair', () => {
    const excerpt = noteExcerpt('a😀😀😀😀', 4);
    expect(excerpt).toBe('a😀…');
  });

  test('excerpts are at most maxLength characters plus the ellipsis', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 2, max: 80 }), (body, maxLength) => {
        expect(noteExcerpt(body, maxLength).length).toBeLessThanOrEqual(maxLength + 1);
      }),
    );
  });
});
