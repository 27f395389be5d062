import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../../../renderer/src/core/report/index';

/** The blocks' kinds and texts, the shape most assertions compare. */
function blocksOf(lines: readonly string[]): [string, string][] {
  return readTextDocument(lines.join('\n')).blocks.map((block) => [block.kind, block.text]);
}

describe('readTextDocument: page furniture', () => {
  it.each([
    ['a dashed page number', '- 2 -'],
    ['a page number with en dashes', '– 12 –'],
    ['a running head with its language suffix', 'C17/18-E'],
    ['a running head with a revision', 'C17/18(Rev.1)-F'],
    ['a running head and page number on one line', 'C17/18-E - 3 -'],
    ['a Word file path with its job number', 'P:\\ENG\\SG\\CONSEIL\\C17\\000\\018E.docx (412345)'],
    ['a date stamp pair', '21.04.17 21.04.17'],
    ['a running head with the page number glued before it', '2PP14/67(Add.1)-A'],
    ['a running head with a page-of-pages number glued before it', '2/83PP14/67(Add.1)-S'],
    ['a running head with its sector and an Arabic page word', 'ITU-D/RPM-ARB17/10(Rev.2)-Aالصفحة 2'],
    ["ITU's file stamp", 'S14-PP-C-0067!A1!MSW-A'],
  ])('drops %s after a page break, with a warning naming the line', (_name, furniture) => {
    const document = readTextDocument(['1\tFirst section', '1.1\tThe text goes on', `\f${furniture}`, 'to the next page.'].join('\n'));
    expect(document.blocks.map((block) => block.text)).toEqual(['1\tFirst section', '1.1\tThe text goes on to the next page.']);
    expect(document.warnings.join('\n')).toMatch(/line 3/u);
  });

  it('keeps the bare symbol the first page prints in its header', () => {
    expect(blocksOf(['C17/18-E', 'Council 2017', '', 'A TITLE'])).toEqual([
      ['paragraph', 'C17/18-E'],
      ['paragraph', 'Council 2017'],
      ['paragraph', 'A TITLE'],
    ]);
  });

  it('drops a bare page number standing beside the running head, even with no page break', () => {
    expect(blocksOf(['1', '', 'C17/124-E', '', 'Council 2017'])).toEqual([
      ['paragraph', 'C17/124-E'],
      ['paragraph', 'Council 2017'],
    ]);
  });

  it('keeps the first running head it drops, for the symbol of a header that prints only "Document 44-E"', () => {
    const document = readTextDocument(['Document 44-E', '', '1\tText', '1.1\tMore text.', '\f2', 'PP22/44(Add.7)-E', '1.2\tLast.'].join('\n'));
    expect(document.blocks.map((block) => block.text)).toEqual(['Document 44-E', '1\tText', '1.1\tMore text.', '1.2\tLast.']);
    expect(document.runningHead).toBe('PP22/44(Add.7)-E');
  });

  it('keeps two-cell lines under a slashed table as its rows, but not a tabbed paragraph under a tabbed table', () => {
    expect(blocksOf(['Subjects discussed / Documents', '1 / Opening / C17/1', '2 / Statement by the councillor'])).toEqual([
      ['tableRow', 'Subjects discussed\tDocuments'],
      ['tableRow', '1\tOpening\tC17/1'],
      ['tableRow', '2\tStatement by the councillor'],
    ]);
    expect(blocksOf(['Event\tCost 2016\tCost 2017', 'Forum\t1,2\t1,4', '2.4\tThe table is updated.'])).toEqual([
      ['tableRow', 'Event\tCost 2016\tCost 2017'],
      ['tableRow', 'Forum\t1,2\t1,4'],
      ['paragraph', '2.4\tThe table is updated.'],
    ]);
  });

  it('drops a bare page number only next to a page break', () => {
    expect(blocksOf(['1\tSection', '1.1\tText.', '3', '\fMore text.'])).toEqual([
      ['paragraph', '1\tSection'],
      ['paragraph', '1.1\tText.'],
      ['paragraph', 'More text.'],
    ]);
    expect(blocksOf(['A title', '', '3', 'Legal measures'])).toEqual([
      ['paragraph', 'A title'],
      ['paragraph', '3\tLegal measures'],
    ]);
  });

  it('reads a number right under a running head, its text on the next line, as that text\'s label', () => {
    expect(blocksOf(['2PP14/67(Add.1)-A', '3', 'The Council noted the report.'])).toContainEqual(['paragraph', '3\tThe Council noted the report.']);
  });

  it('reads a number alone after a running head as the label of the next line', () => {
    expect(blocksOf(['1.1\tText.', '\f- 2 -', 'C17/18-E', '', '2', 'Next section'])).toEqual([
      ['paragraph', '1.1\tText.'],
      ['paragraph', '2\tNext section'],
    ]);
  });
});

describe('readTextDocument: wrapped lines', () => {
  it.each([
    ['Latin words with a space', ['1.1 The Council noted', 'the report.'], '1.1 The Council noted the report.'],
    ['Chinese with none', ['1.1在理事会会议之后，', '国际电联继续开展工作。'], '1.1在理事会会议之后，国际电联继续开展工作。'],
    ['a hyphenated word made whole', ['1.1 regular up-', 'dates on the site.'], '1.1 regular updates on the site.'],
    ['a Cyrillic hyphenated word', ['1.1 пользуется интер-', 'нетом.'], '1.1 пользуется интернетом.'],
    ['a hyphen kept before a capital', ['1.1 by the Secretary-', 'General.'], '1.1 by the Secretary-General.'],
    ['a date wrapped onto its own line', ['1.1 received on', '7 June 2017', 'and answered.'], '1.1 received on 7 June 2017 and answered.'],
    ['a Spanish date', ['2.1 el último de ellos el', '7 de junio de 2017', 'en Ginebra.'], '2.1 el último de ellos el 7 de junio de 2017 en Ginebra.'],
    ['a year that starts a wrapped line', ['1.1 from October to November', '2018. Members replied.'], '1.1 from October to November 2018. Members replied.'],
  ])('joins %s', (_name, lines, joined) => {
    expect(blocksOf(lines)).toEqual([['paragraph', joined]]);
  });

  it.each([
    ['a sentence end', ['The report is noted.', 'Council agreed.']],
    ['a numbered line', ['1.1 Text without an end', '1.2 Next paragraph']],
    ['a lost tab', ['1 Introduction', '1.1The Conference will meet.']],
    ['a lettered item', ['considering', 'a) the outcomes;']],
    ['a bullet', ['The groups were:', '– the first group;']],
    ['a block heading', ['A TITLE', 'Summary']],
    ['a blank line', ['A paragraph without an end', '', 'Another paragraph']],
    ['the text under a numbered section heading', ['1\tIntroduction', 'The Council met in Geneva.']],
    ['the text under a Chinese section heading', ['1', '会议开幕', '电信发展局主任宣布协调会开始。']],
    ['the line naming who adopts a resolution', ['Online access to documents', 'The Council,']],
  ])('starts a new block at %s', (_name, lines) => {
    expect(blocksOf(lines)).toHaveLength(2);
  });

  it('reads item letters alone on their lines, as web pages wrap them, with the text under each', () => {
    expect(blocksOf(['considering', 'a)', 'the outcomes of the', 'Summit;', 'b)', 'the work,'])).toEqual([
      ['paragraph', 'considering'],
      ['paragraph', 'a) the outcomes of the Summit;'],
      ['paragraph', 'b) the work,'],
    ]);
  });

  it('drops a web list\'s bullet before a clause word or an item letter, and keeps it before other text', () => {
    expect(blocksOf(['  • considering', '    • a) the outcomes;', '  • 1 Opening of the session'])).toEqual([
      ['paragraph', 'considering'],
      ['paragraph', 'a) the outcomes;'],
      ['paragraph', '• 1 Opening of the session'],
    ]);
  });

  it('joins a resolution\'s number and its place and year into one heading line', () => {
    expect(blocksOf(['RESOLUTION 73', '(Minneapolis, 1998)', 'World summit on the information society'])).toEqual([
      ['paragraph', 'RESOLUTION 73 (Minneapolis, 1998)'],
      ['paragraph', 'World summit on the information society'],
    ]);
  });
});

describe('readTextDocument: tables and footnotes', () => {
  it('reads agenda rows, with a two-cell header row, as table rows and not as numbered lines', () => {
    expect(blocksOf(['Subjects discussed\tDocuments', '1\tAdoption of the agenda\tC17/1', '2 / Budget / C17/10'])).toEqual([
      ['tableRow', 'Subjects discussed\tDocuments'],
      ['tableRow', '1\tAdoption of the agenda\tC17/1'],
      ['tableRow', '2\tBudget\tC17/10'],
    ]);
  });

  it('reads a table of contents as table rows', () => {
    expect(blocksOf(['Contents', '1 Introduction ........ 2', '2 Logistics ........... 3'])).toEqual([
      ['tableRow', 'Contents'],
      ['tableRow', '1 Introduction\t2'],
      ['tableRow', '2 Logistics\t3'],
    ]);
  });

  it('reads numbered lines after a rule in the body as footnotes with their marks', () => {
    const document = readTextDocument(['1\tSection', '1.1\tText with a call1.', '_______', '1 The footnote', 'wraps here.'].join('\n'));
    expect(document.blocks.at(-1)).toMatchObject({ kind: 'footnote', label: '1', text: 'The footnote wraps here.' });
  });

  it('does not read the header rule as a footnote rule', () => {
    expect(blocksOf(['A TITLE', '_______', '1\tIntroduction']).at(-1)).toEqual(['paragraph', '1\tIntroduction']);
  });
});

describe('readTextDocument: who adopts a resolution, its article wrapped onto the line above', () => {
  it('gives "The" back to the line it opens, out of the resolution name', () => {
    expect(blocksOf(['RESOLUTION 9 (Kyoto, 1994)', 'Open', 'access to the archives The', 'Council of the Union,', 'considering'])).toEqual([
      ['paragraph', 'RESOLUTION 9 (Kyoto, 1994)'],
      ['paragraph', 'Open access to the archives'],
      ['paragraph', 'The Council of the Union,'],
      ['paragraph', 'considering'],
    ]);
  });

  it('leaves a "the" in small letters on its line: it does not open a sentence', () => {
    expect(blocksOf(['RESOLUTION 9 (Kyoto, 1994)', 'Open access to what the', 'Council of the Union keeps,', 'considering'])[1]).toEqual([
      'paragraph',
      'Open access to what the',
    ]);
  });
});
