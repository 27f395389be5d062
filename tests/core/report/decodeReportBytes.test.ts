import { describe, expect, it } from 'vitest';
import { decodeReportBytes, parseReportFile, type ReportInputReason } from '../../../renderer/src/core/report/index';
import {
  captureInputError,
  outline,
  reportText,
  SAMPLE_LINES,
  SAMPLE_OUTLINE,
  testMeta,
  utf16WithByteOrderMark,
  utf8,
} from './reportFixtures';

const meta = testMeta();
const sample = reportText(SAMPLE_LINES);
const fileName = 'reports/c17-broken.txt';

describe('decodeReportBytes: text it accepts', () => {
  it('decodes UTF-8 and keeps every character, CJK included', () => {
    expect(decodeReportBytes(utf8('国际电联\t1.1 – ok'), fileName)).toBe('国际电联\t1.1 – ok');
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeReportBytes(utf8('\uFEFF概要'), fileName)).toBe('概要');
  });

  it.each(['le', 'be'] as const)('decodes UTF-16 %s with a byte-order mark', (endianness) => {
    const text = '概要\r\n国际电联 – Résumé';
    expect(decodeReportBytes(utf16WithByteOrderMark(text, endianness), fileName)).toBe(text);
  });

  it.each(['le', 'be'] as const)('decodes UTF-16 %s without a byte-order mark from its NUL bytes', (endianness) => {
    const text = '1\tIntroduction – Résumé';
    const bytes = utf16WithByteOrderMark(text, endianness).subarray(2);
    expect(decodeReportBytes(bytes, fileName)).toBe(text);
  });

  it('keeps a few stray control characters as text', () => {
    const text = `${'A long enough line of report text. '.repeat(3)}\u000C\u001B`;
    expect(decodeReportBytes(utf8(text), fileName)).toBe(text);
  });
});

describe('decodeReportBytes: files it rejects, naming the file', () => {
  const cases: [string, Uint8Array, ReportInputReason, RegExp][] = [
    ['an empty file', new Uint8Array(0), 'empty', /empty/u],
    ['whitespace only', utf8(' \r\n\t\u3000\u00A0\n'), 'empty', /only whitespace/u],
    ['a UTF-8 byte-order mark only', utf8('\uFEFF'), 'empty', /only whitespace/u],
    ['a UTF-16 byte-order mark only', new Uint8Array([0xff, 0xfe]), 'empty', /only whitespace/u],
    ['text with a NUL byte', utf8('1\tHeading\u0000more'), 'binary', /NUL/u],
    ['NUL bytes on both byte parities', new Uint8Array([0x31, 0x00, 0x00, 0x41, 0x42, 0x00]), 'binary', /NUL/u],
    ['UTF-16 with a NUL character', utf16WithByteOrderMark('a\u0000b', 'le'), 'binary', /NUL/u],
    ['many control characters', new Uint8Array([0x01, 0x02, 0x03, 0x41, 0x42, 0x04, 0x05, 0x06, 0x07, 0x43]), 'binary', /control characters/u],
    ['an invalid UTF-8 continuation', new Uint8Array([0x61, 0xc3, 0x28, 0x62]), 'undecodable', /not valid UTF-8/u],
    ['a lone continuation byte', new Uint8Array([0x80, 0x61]), 'undecodable', /not valid UTF-8/u],
    ['a truncated UTF-8 sequence', new Uint8Array([0x61, 0xe5, 0x9b]), 'undecodable', /not valid UTF-8/u],
    ['Latin-1 text', new Uint8Array([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9]), 'undecodable', /not valid UTF-8/u],
    ['an overlong UTF-8 encoding', new Uint8Array([0xc0, 0xaf]), 'undecodable', /not valid UTF-8/u],
    ['UTF-16 with an odd number of bytes', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), 'undecodable', /odd number of bytes/u],
    ['UTF-16 with a lone surrogate', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'undecodable', /not valid UTF-16LE/u],
  ];

  it.each(cases)('rejects %s', (_name, bytes, reason, detail) => {
    const error = captureInputError(() => decodeReportBytes(bytes, fileName));
    expect(error.reason).toBe(reason);
    expect(error.fileName).toBe(fileName);
    expect(error.message).toContain(fileName);
    expect(error.message).toMatch(detail);
    expect(error.name).toBe('ReportInputError');
    expect(error).toBeInstanceOf(Error);
  });

  it.each(cases)('parseReportFile rejects %s the same way', (_name, bytes, reason) => {
    const error = captureInputError(() => parseReportFile(bytes, fileName, meta));
    expect(error.reason).toBe(reason);
    expect(error.message).toContain(fileName);
  });

  it('rejects a value that is not bytes with its own error, not a TypeError', () => {
    const notBytes: unknown = 'a string';
    const error = captureInputError(() => Reflect.apply(decodeReportBytes, undefined, [notBytes, fileName]));
    expect(error.reason).toBe('undecodable');
  });
});

describe('parseReportFile', () => {
  it.each([
    ['UTF-8', utf8(sample)],
    ['UTF-8 with a byte-order mark and CRLF', utf8(`\uFEFF${reportText(SAMPLE_LINES, '\r\n')}`)],
    ['UTF-16 LE with a byte-order mark', utf16WithByteOrderMark(sample, 'le')],
    ['UTF-16 BE with a byte-order mark', utf16WithByteOrderMark(reportText(SAMPLE_LINES, '\r\n'), 'be')],
  ])('reads the sample report from %s bytes', (_name, bytes) => {
    const report = parseReportFile(bytes, fileName, meta);
    expect(outline(report)).toEqual(SAMPLE_OUTLINE);
    expect(report.units.every((unit) => unit.id === `${meta.id}:${unit.number}`)).toBe(true);
  });

  it('names the file when the decoded text has nothing but a footer', () => {
    const error = captureInputError(() => parseReportFile(utf8('_______________\n• http://www.itu.int/council •'), fileName, meta));
    expect(error.reason).toBe('no-content');
    expect(error.message).toContain(fileName);
  });
});
