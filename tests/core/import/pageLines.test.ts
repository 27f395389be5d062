import { describe, expect, it } from 'vitest';
import { joinLines } from '../../../renderer/src/core/import/pdf/lineParagraphs';
import { pageLines, type TextPiece } from '../../../renderer/src/core/import/pdf/pageLines';
import { foldArabicText } from '../../../renderer/src/core/import/pdf/scriptText';

const piece = (text: string, x: number, y: number, width = text.length * 5): TextPiece => ({ text, x, y, width, fontSize: 10 });

describe('pageLines', () => {
  it('orders the pieces of a right-to-left line from the right', () => {
    const lines = pageLines([piece('العام', 100, 700, 30), piece('الأمين', 140, 700, 30)], 1, 595);
    expect(lines.map((line) => line.text)).toEqual(['الأمين العام']);
  });

  it('puts no space between Chinese pieces, and one between Latin words', () => {
    const lines = pageLines([piece('理事会', 72, 700, 30), piece('注意到', 104, 700, 30), piece('ITU', 72, 680, 15), piece('Council', 90, 680, 35)], 1, 595);
    expect(lines.map((line) => line.text)).toEqual(['理事会注意到', 'ITU Council']);
  });

  it('reads a table of short cells row by row, not as columns', () => {
    const rows = [0, 1, 2, 3].map((row) => [piece(`Region ${row}`, 72, 700 - row * 14, 40), piece(`${row * 10}`, 320, 700 - row * 14, 10)]).flat();
    expect(pageLines(rows, 1, 595).map((line) => line.text)).toEqual(['Region 0 0', 'Region 1 10', 'Region 2 20', 'Region 3 30']);
  });

  it('reads full columns left then right, after a full-width title', () => {
    const pieces = [piece('A title across the whole page width for both columns', 72, 760, 450)];
    for (let row = 0; row < 4; row++) {
      pieces.push(piece(`left ${row}`, 72, 740 - row * 12, 200), piece(`right ${row}`, 300, 740 - row * 12, 200));
    }
    expect(pageLines(pieces, 1, 595).map((line) => line.text)).toEqual([
      'A title across the whole page width for both columns',
      'left 0', 'left 1', 'left 2', 'left 3', 'right 0', 'right 1', 'right 2', 'right 3',
    ]);
  });
});

describe('joinLines', () => {
  it.each([
    ['the secu-', 'rity of networks', 'the security of networks'],
    ['the ITU-', 'T study groups', 'the ITU-T study groups'],
    ['tele\u00AD', 'Communications', 'teleCommunications'],
    ['并请秘书长在下届会议前提', '交资源估算。', '并请秘书长在下届会议前提交资源估算。'],
    ['the costs -', 'which rose', 'the costs - which rose'],
    ['first line', 'second line', 'first line second line'],
  ])('%s + %s', (before, after, joined) => {
    expect(joinLines(before, after)).toBe(joined);
  });
});

describe('foldArabicText', () => {
  it('folds presentation forms back to letters and rejoins harakat', () => {
    expect(foldArabicText('\uFEDF\uFEE4\uFEAE\uFE8E')).toBe('لمرا');
    expect(foldArabicText('علما ً')).toBe('علماً');
    expect(foldArabicText('ITU 2026')).toBe('ITU 2026');
  });
});
