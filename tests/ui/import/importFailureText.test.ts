/** Every reason a file can fail for has its own sentence in each interface language. */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ImportReason } from '../../../renderer/src/core/import/importError';
import type { ReportInputReason } from '../../../renderer/src/core/report/reportInputError';
import { en } from '../../../renderer/src/ui/i18n/en';
import { zh } from '../../../renderer/src/ui/i18n/zh';
import { importFailureText } from '../../../renderer/src/ui/import/importFailureText';
import type { ImportFailure } from '../../../renderer/src/ui/import/importProtocol';

const readReasons: Record<ImportReason, true> = {
  empty: true,
  'unsupported-type': true,
  undecodable: true,
  binary: true,
  'corrupt-zip': true,
  'corrupt-docx': true,
  'unsafe-xml': true,
  'corrupt-pdf': true,
  encrypted: true,
  'no-text-layer': true,
  'too-large': true,
};
const parseReasons: Record<ReportInputReason, true> = { empty: true, binary: true, undecodable: true, 'no-content': true };

const failures: ImportFailure[] = [
  ...Object.keys(readReasons).map((reason) => ({ kind: 'read', reason: reason as ImportReason, detail: 'x' }) as const),
  ...Object.keys(parseReasons).map((reason) => ({ kind: 'parse', reason: reason as ReportInputReason, detail: 'x' }) as const),
  ...(['too-large', 'too-many', 'unreadable'] as const).map((reason) => ({ kind: 'refused', reason, detail: 'x' }) as const),
  ...(['quota', 'closed', 'newer-data'] as const).map((error) => ({ kind: 'save', error, detail: 'x' }) as const),
];

describe.each([
  ['en', en],
  ['zh', zh],
] as const)('importFailureText in %s', (language, strings) => {
  const instance = i18next.createInstance();
  void instance.init({ resources: { [language]: { translation: strings } }, lng: language, initAsync: false, interpolation: { escapeValue: false }, showSupportNotice: false });
  const t = instance.t;

  it('says something for every reason, never the key or the English detail', () => {
    for (const failure of failures) {
      const text = importFailureText(failure, t);
      expect(text, JSON.stringify(failure)).not.toMatch(/documentImport\.|^x$/u);
      expect(text.length).toBeGreaterThan(5);
    }
  });

  it('tells the reasons a delegate can act on apart', () => {
    const acted = ['encrypted', 'no-text-layer', 'corrupt-zip', 'empty', 'unsupported-type', 'too-large'].map((reason) =>
      importFailureText({ kind: 'read', reason: reason as ImportReason, detail: 'x' }, t),
    );
    expect(new Set(acted).size).toBe(acted.length);
  });

  it('shows an unexpected error with its own message', () => {
    expect(importFailureText({ kind: 'error', detail: 'worker crashed' }, t)).toContain('worker crashed');
  });
});
