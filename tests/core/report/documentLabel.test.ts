import { describe, expect, it } from 'vitest';
import { documentLabel, documentSymbolText } from '../../../renderer/src/core/report/documentLabel';
import type { ReportMeta } from '../../../renderer/src/core/report/types';

const meta = (fields: Partial<ReportMeta>): ReportMeta => ({ id: 'x', title: 'Report on the drills', language: 'en', session: 2026, subject: '', body: '', ...fields }) as ReportMeta;

describe('documentLabel', () => {
  it('prints the symbol as ITU does, with revision, addendum, corrigendum and language letter', () => {
    expect(documentLabel(meta({ symbol: 'C26/41' }))).toEqual({ text: 'C26/41-E', isTitle: false });
    expect(documentLabel(meta({ symbol: 'C17/18', revision: 1, language: 'fr' })).text).toBe('C17/18(Rev.1)-F');
    expect(documentLabel(meta({ symbol: 'C17/21', addendum: 2, language: 'zh' })).text).toBe('C17/21(Add.2)-C');
    expect(documentLabel(meta({ symbol: 'C17/21', corrigendum: 1, language: 'ar' })).text).toBe('C17/21(Corr.1)-A');
  });

  it('tells the six language versions apart, and names a document without a symbol by its title', () => {
    const letters = ['ar', 'zh', 'en', 'fr', 'ru', 'es'].map((language) => documentLabel(meta({ symbol: 'C17/77', language })).text);
    expect(letters).toEqual(['C17/77-A', 'C17/77-C', 'C17/77-E', 'C17/77-F', 'C17/77-R', 'C17/77-S']);
    expect(documentLabel(meta({}))).toEqual({ text: 'Report on the drills', isTitle: true });
  });
});

describe('documentSymbolText', () => {
  it('is what the language versions share: the symbol with its revision, addendum and corrigendum, no language letter', () => {
    const versions = ['ar', 'zh', 'en', 'fr', 'ru', 'es'].map((language) => documentSymbolText(meta({ symbol: 'C17/77', revision: 1, language })));
    expect(new Set(versions)).toEqual(new Set(['C17/77(Rev.1)']));
    expect(documentSymbolText(meta({ symbol: 'C17/21', addendum: 2, corrigendum: 1 }))).toBe('C17/21(Add.2)(Corr.1)');
    expect(documentSymbolText(meta({ symbol: '  ' }))).toBeUndefined();
    expect(documentSymbolText(meta({}))).toBeUndefined();
  });
});
