import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../renderer/src/core/report/index';
import {
  captureInputError,
  outline,
  reportText,
  SAMPLE_LINES,
  SAMPLE_OUTLINE,
  testMeta,
  unitNumbered,
} from './reportFixtures';

const meta = testMeta();
const sample = reportText(SAMPLE_LINES);

/** Replaces the separator after each leading number ("1\t", "1.1\t") with `separator`. */
function withNumberSeparator(separator: string): string {
  return reportText(SAMPLE_LINES.map((line) => line.replace(/^(\s*\d+(?:\.\d+)*)\t/u, `$1${separator}`)));
}

describe('parseReportText: tolerated variations of the same report', () => {
  const variations: [string, string][] = [
    ['the plain sample', sample],
    ['a UTF-8 BOM', `\uFEFF${sample}`],
    ['CRLF line ends', reportText(SAMPLE_LINES, '\r\n')],
    ['lone CR line ends', reportText(SAMPLE_LINES, '\r')],
    ['mixed line ends', SAMPLE_LINES.map((line, index) => line + ['\n', '\r\n', '\r'][index % 3]).join('')],
    ['one space after numbers', withNumberSeparator(' ')],
    ['several spaces after numbers', withNumberSeparator('    ')],
    ['a full-width space after numbers', withNumberSeparator('\u3000')],
    ['a no-break space after numbers', withNumberSeparator('\u00A0')],
    ['tab and spaces after numbers', withNumberSeparator('\t  ')],
    ['full-width spaces and NBSPs leading every line', reportText(SAMPLE_LINES.map((line) => `\u3000\u00A0${line}`))],
    ['tabs and spaces leading and trailing every line', reportText(SAMPLE_LINES.map((line) => ` \t${line} \t `))],
    // A wrapped title is contiguous by definition: a blank line inside it would end it.
    [
      'blank lines between every line after the title',
      reportText([...SAMPLE_LINES.slice(0, 2), ...SAMPLE_LINES.slice(2).flatMap((line) => ['', ' \u3000 ', line])]),
    ],
    ['no footer', reportText(SAMPLE_LINES.slice(0, -4))],
    ['a footer with no URL line', reportText(SAMPLE_LINES.slice(0, -2))],
    ['no blank line after the footer', reportText(SAMPLE_LINES.slice(0, -1))],
  ];

  it.each(variations)('reads %s', (_name, text) => {
    const report = parseReportText(text, meta);
    expect(outline(report)).toEqual(SAMPLE_OUTLINE);
    expect(report.warnings).toEqual([]);
  });
});

describe('parseReportText: summary headings', () => {
  const headings = [
    'Summary',
    'SUMMARY',
    'Summary:',
    'Résumé',
    'Re\u0301sume\u0301', // decomposed accents, as some Mac tools write them
    'RÉSUMÉ',
    'Resumen',
    'Резюме',
    'ملخص',
    '\u200Fملخص',
    'ملخص:',
    '概要',
    '摘要',
    '摘要：',
    '\u3000\t概要',
  ];

  it.each(headings)('recognises %j and keeps it out of the units', (heading) => {
    const lines = [...SAMPLE_LINES];
    lines[4] = heading;
    const report = parseReportText(reportText(lines), meta);
    expect(outline(report)).toEqual(SAMPLE_OUTLINE);
    expect(report.warnings).toEqual([]);
  });

  it('treats a summary heading inside a section as ordinary text', () => {
    const report = parseReportText(reportText(['Title', '1\tHeading', '1.1\tText.', 'Summary']), meta);
    expect(unitNumbered(report, '1.1').text).toBe('Text.\nSummary');
  });

  it('accepts a report without a summary', () => {
    const report = parseReportText(reportText(['Title', '', '1\tHeading', '1.1\tText.']), meta);
    expect(outline(report)).toEqual([
      ['title', 'Title'],
      ['1', 'Heading'],
      ['1.1', 'Text.'],
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('keeps lines before the first section as summary paragraphs, with a warning, when no heading announces them', () => {
    const report = parseReportText(reportText(['Title', '', 'An introduction.', '1\tHeading', '1.1\tText.']), meta);
    expect(outline(report)).toEqual([
      ['title', 'Title'],
      ['summary.1', 'An introduction.'],
      ['1', 'Heading'],
      ['1.1', 'Text.'],
    ]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(/no summary heading/u);
  });
});

describe('parseReportText: titles', () => {
  it.each([
    ['Latin words get one space', ['Activities of ITU', 'related to Resolution 130'], 'Activities of ITU related to Resolution 130'],
    ['Chinese characters get none', ['国际电联的', '活动'], '国际电联的活动'],
    ['a Latin word next to Chinese gets none', ['国际电联', 'ICT活动'], '国际电联ICT活动'],
    ['Cyrillic words get one space', ['Деятельность МСЭ', 'по Резолюции 130'], 'Деятельность МСЭ по Резолюции 130'],
  ])('joins wrapped title lines: %s', (_name, titleLines, expected) => {
    const report = parseReportText(reportText([...titleLines, '', '1\tHeading', '1.1\tText.']), meta);
    expect(unitNumbered(report, 'title').text).toBe(expected);
  });

  it('does not take a sentence after the title into it', () => {
    const report = parseReportText(reportText(['A title.', 'A sentence after it.', '1\tHeading']), meta);
    expect(unitNumbered(report, 'title').text).toBe('A title.');
    expect(unitNumbered(report, 'summary.1').text).toBe('A sentence after it.');
  });

  it('uses the manifest title, with a warning, when the text starts with its first section', () => {
    const report = parseReportText(reportText(['1\tHeading', '1.1\tText.', '2\tNext', '2.1\tMore.']), meta);
    expect(outline(report)).toEqual([
      ['title', meta.title],
      ['1', 'Heading'],
      ['1.1', 'Text.'],
      ['2', 'Next'],
      ['2.1', 'More.'],
    ]);
    expect(report.warnings.join('\n')).toMatch(/without a title line/u);
  });
});

describe('parseReportText: numbering', () => {
  it('reads deeper paragraph numbers N.M.K and N.M.K.L', () => {
    const report = parseReportText(
      reportText(['T', '3\tHeading', '3.1\tA', '3.1.1\tB', '3.1.2\tC', '3.1.2.1\tD', '3.2\tE', '4\tNext', '4.1\tF']),
      meta,
    );
    expect(report.units.map((unit) => [unit.number, unit.kind, unit.section])).toEqual([
      ['title', 'title', undefined],
      ['3', 'section', '3'],
      ['3.1', 'paragraph', '3'],
      ['3.1.1', 'paragraph', '3'],
      ['3.1.2', 'paragraph', '3'],
      ['3.1.2.1', 'paragraph', '3'],
      ['3.2', 'paragraph', '3'],
      ['4', 'section', '4'],
      ['4.1', 'paragraph', '4'],
    ]);
    expect(report.warnings).toEqual([]);
  });

  // Was "First line\nsecond line\nthird line": a wrapped line is now joined with a space (issue 11), a
  // paragraph after a blank line still with "\n".
  it('joins a wrapped line with a space and a paragraph after a blank line with "\\n"', () => {
    const report = parseReportText(
      reportText(['T', '1\tHeading', '1.1\tFirst line', '  second line', '', '\u3000third line  ', '1.2\tNext']),
      meta,
    );
    expect(unitNumbered(report, '1.1').text).toBe('First line second line\nthird line');
    expect(unitNumbered(report, '1.2').text).toBe('Next');
  });

  it('joins a wrapped section heading the same way (was "\\n" before issue 11)', () => {
    const report = parseReportText(reportText(['T', '1\tA long heading', 'that wraps', '1.1\tText']), meta);
    expect(unitNumbered(report, '1').text).toBe('A long heading that wraps');
  });

  it.each([
    ['a year starting a line', '2016 was a year of growth.'],
    ['a decimal starting a line', '16.2 million people came online.'],
    ['a number far ahead of the sections', '25 countries joined.'],
    ['an earlier paragraph number', '1.1 was mentioned before.'],
    ['the same paragraph number again', '1.2 is repeated here.'],
    ['a prefix of the last number', '1 more thing.'],
    ['a number too deep for a paragraph', '1.2.1.1.1 is too deep.'],
    ['a number without text', '7'],
  ])('keeps %s as text of the paragraph, not a new unit', (_name, falseLine) => {
    const report = parseReportText(reportText(['T', '1\tHeading', '1.1\tA.', '1.2\tB.', falseLine, '2\tNext', '2.1\tC.']), meta);
    expect(report.units.map((unit) => unit.number)).toEqual(['title', '1', '1.1', '1.2', '2', '2.1']);
    expect(unitNumbered(report, '1.2').text).toBe(`B.\n${falseLine}`);
    expect(report.warnings).toEqual([]);
  });

  it('warns and keeps as text a section number that skips one', () => {
    const report = parseReportText(reportText(['T', '1\tHeading', '1.1\tA.', '3\tSkipped two', '3.1\tB.']), meta);
    expect(report.units.map((unit) => unit.number)).toEqual(['title', '1', '1.1']);
    expect(unitNumbered(report, '1.1').text).toBe('A.\n3\tSkipped two\n3.1\tB.');
    expect(report.warnings).toEqual([
      'line 4: "3" looks like a section number but section 2 was expected; kept as text',
      'line 5: "3.1" looks like a paragraph number but section 3 has not started; kept as text',
    ]);
  });

  it('accepts a paragraph number that skips one, with a warning', () => {
    const report = parseReportText(reportText(['T', '1\tHeading', '1.1\tA.', '1.3\tB.', '1.4\tC.']), meta);
    expect(report.units.map((unit) => unit.number)).toEqual(['title', '1', '1.1', '1.3', '1.4']);
    expect(report.warnings).toEqual(['line 4: paragraph 1.3 follows 1.1; 1.2 seems to be missing']);
  });

  it('accepts a first section other than 1', () => {
    const report = parseReportText(reportText(['T', '', '5\tExcerpt', '5.1\tA.', '6\tNext']), meta);
    expect(report.units.map((unit) => unit.number)).toEqual(['title', '5', '5.1', '6']);
  });

  it('keeps the printed text after a dotted number ("1.") and reads the number without the dot', () => {
    const report = parseReportText(reportText(['T', '1.\tIntroduction', '1.1.\tText.']), meta);
    expect(outline(report)).toEqual([
      ['title', 'T'],
      ['1', 'Introduction'],
      ['1.1', 'Text.'],
    ]);
  });

  // The rule itself is decoration and is no longer kept in the text (issue 11); what follows it is.
  it('keeps the text after an underscore rule instead of dropping it as a footer', () => {
    const report = parseReportText(reportText(['T', '1\tHeading', '1.1\tA.', '_____', 'See the annex.']), meta);
    expect(unitNumbered(report, '1.1').text).toBe('A.\nSee the annex.');
  });
});

describe('parseReportText: text without numbering', () => {
  // Numbered "1", "2" before issue 11: numbers the text never printed. Now p.1, p.2 say they are positions.
  it('takes the first line as title and numbers the other lines p.1, p.2 by position, with a warning', () => {
    const report = parseReportText(
      reportText(['\uFEFF  A plain note', '', 'It has no numbers.', '\tNot even one.', '', '____', '• http://www.itu.int •']),
      meta,
    );
    expect(report.units.map((unit) => [unit.number, unit.kind, unit.text, unit.section])).toEqual([
      ['title', 'title', 'A plain note', undefined],
      ['p.1', 'paragraph', 'It has no numbers.', undefined],
      ['p.2', 'paragraph', 'Not even one.', undefined],
    ]);
    expect(report.units.map((unit) => unit.id)).toEqual(['test-report:title', 'test-report:p.1', 'test-report:p.2']);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(/no numbered sections/u);
  });

  it('reads a single line as a report with a title only', () => {
    const report = parseReportText('Just a title', meta);
    expect(outline(report)).toEqual([['title', 'Just a title']]);
    expect(report.warnings).toHaveLength(1);
  });

  // A blank line after the title since issue 11: a line under a title with no sentence end is read as its wrapped rest.
  it('keeps numbered-looking lines whose numbering never starts', () => {
    const report = parseReportText(reportText(['Title', '', '2016 was busy.', '1.1\tOrphan paragraph.']), meta);
    expect(outline(report)).toEqual([
      ['title', 'Title'],
      ['p.1', '2016 was busy.'],
      ['p.2', '1.1\tOrphan paragraph.'],
    ]);
  });
});

describe('parseReportText: input errors', () => {
  it.each([
    ['an empty string', '', 'empty'],
    ['whitespace only', ' \n\t\r\n\u3000\u00A0\n', 'empty'],
    ['a BOM only', '\uFEFF', 'empty'],
    ['a footer only', '_______________\n• http://www.itu.int/council •\n', 'no-content'],
    ['a lone underscore rule', '\n_____\n', 'no-content'],
  ])('rejects %s, naming the file', (_name, text, reason) => {
    const error = captureInputError(() => parseReportText(text, meta, 'reports/broken.txt'));
    expect(error.reason).toBe(reason);
    expect(error.fileName).toBe('reports/broken.txt');
    expect(error.message).toContain('reports/broken.txt');
  });

  it('names the report id when no file name is given', () => {
    const error = captureInputError(() => parseReportText('', meta));
    expect(error.message).toContain(meta.id);
  });
});
