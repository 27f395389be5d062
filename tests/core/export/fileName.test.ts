/** File names safe on Windows, macOS and Linux, from hostile report titles, tags and ids. */
import { describe, expect, it } from 'vitest';
import { briefingFileName, localDate, MAX_FILE_NAME_BYTES, safeFileName } from '../../../renderer/src/core/export/fileName';

const suffix = '-2026-11-24.md';
const bytes = (text: string): number => new TextEncoder().encode(text).length;

/** What every name must satisfy, whatever it was made from. */
function expectPortable(name: string): void {
  expect(name).not.toMatch(/[<>:"/\\|?*\p{Cc}\p{Cs}]|(?![\u200C\u200D])\p{Cf}/u);
  expect(name).not.toMatch(/[. ]$/u);
  expect(name).not.toMatch(/^[.\- ]/u);
  expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/iu);
  expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  expect(name.normalize('NFC')).toBe(name);
}

describe('safeFileName', () => {
  it.each([
    ['briefing-c17-res130-zh', 'briefing-c17-res130-zh-2026-11-24.md'],
    ['C17/15: a "draft" <v2>?*|\\', 'C17-15-a-draft-v2-2026-11-24.md'],
    ['网络安全 与 信任', '网络安全-与-信任-2026-11-24.md'],
    ['title...', 'title-2026-11-24.md'],
    ['title . . ', 'title-2026-11-24.md'],
    ['...hidden', 'hidden-2026-11-24.md'],
    ['--option', 'option-2026-11-24.md'],
    ['tab\there\nnew\u0000line', 'tab-here-newline-2026-11-24.md'],
    ['\u202Egnp.exe', 'gnp.exe-2026-11-24.md'],
    ['zero\u200Bwidth\uFEFF', 'zerowidth-2026-11-24.md'],
    ['lone\uD800surrogate', 'lonesurrogate-2026-11-24.md'],
    ['', 'briefing-2026-11-24.md'],
    ['////', 'briefing-2026-11-24.md'],
    ['e\u0301te\u0301', '\u00e9t\u00e9-2026-11-24.md'],
  ])('%j → %j', (stem, expected) => {
    const name = safeFileName(stem, suffix);
    expect(name).toBe(expected);
    expectPortable(name);
  });

  it.each(['CON', 'con', 'PRN', 'AUX', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9', 'COM¹', 'CON.report', 'nul.tar'])(
    'never produces the reserved Windows name %s',
    (stem) => {
      const name = safeFileName(stem, '.md');
      expectPortable(name);
      expect(name.startsWith('_')).toBe(true);
    },
  );

  it('keeps names that merely start like reserved ones', () => {
    expect(safeFileName('CONSOLE', '.md')).toBe('CONSOLE.md');
    expect(safeFileName('com10', '.md')).toBe('com10.md');
  });

  it('cuts a very long Chinese title at a character, keeping the date and extension', () => {
    const title = '国际电联为加强在树立使用信息通信技术的信心和提高安全性方面的作用所开展的活动'.repeat(5);
    const name = safeFileName(title, suffix);
    expectPortable(name);
    expect(name.endsWith(suffix)).toBe(true);
    expect(bytes(name)).toBeGreaterThan(MAX_FILE_NAME_BYTES - 3);
    expect(title.startsWith(name.slice(0, -suffix.length))).toBe(true);
  });

  it('never splits an emoji or a combined character when cutting', () => {
    const name = safeFileName('👩‍👩‍👧‍👦'.repeat(40), suffix);
    expectPortable(name);
    expect(name.replace(suffix, '')).toMatch(/^(👩‍👩‍👧‍👦)+$/u);
  });

  it('cuts before a trailing dot the cut would leave', () => {
    const name = safeFileName(`${'a'.repeat(MAX_FILE_NAME_BYTES - suffix.length - 1)}.b`, suffix);
    expectPortable(name);
    expect(name).toBe(`${'a'.repeat(MAX_FILE_NAME_BYTES - suffix.length - 1)}${suffix}`);
  });
});

describe('briefingFileName', () => {
  const at = new Date(2026, 10, 24, 23, 59);

  it('names one report and the local date', () => {
    expect(localDate(at)).toBe('2026-11-24');
    expect(briefingFileName(['c17-res130-zh'], [], at)).toBe('briefing-c17-res130-zh-2026-11-24.md');
  });

  it('adds the tag, stance or selection, and leaves out the report when there are several', () => {
    expect(briefingFileName(['a', 'b'], [{ kind: 'tag', tag: 'ITU-T/SG17: 安全' }], at)).toBe('briefing-ITU-T-SG17-安全-2026-11-24.md');
    expect(briefingFileName(['a'], [{ kind: 'stance', stance: 'follow-up' }, { kind: 'selection', noteIds: ['x'] }], at)).toBe(
      'briefing-a-follow-up-selection-2026-11-24.md',
    );
    expect(briefingFileName([], [], at)).toBe('briefing-2026-11-24.md');
  });
});
