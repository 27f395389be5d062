import { describe, expect, test } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from '../../../renderer/src/ui/entities/csv';

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['', ''],
    ['国际电联', '国际电联'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+33 1 2', "'+33 1 2"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['a=b', 'a=b'],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  test('BOM, header first, CRLF rows, quoting per RFC 4180', () => {
    const csv = toCsv(['段落', '地点'], [['3.4', '日内瓦, 瑞士'], ['5.4', '']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}段落,地点\r\n3.4,"日内瓦, 瑞士"\r\n5.4,\r\n`);
  });

  test('a quoted newline stays inside its field', () => {
    const csv = toCsv(['a'], [['x\ny']]);
    expect(csv.slice(1).split('\r\n')).toEqual(['a', '"x\ny"', '']);
  });
});
