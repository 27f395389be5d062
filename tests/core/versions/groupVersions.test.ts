import { describe, expect, test } from 'vitest';
import type { ReportMeta } from '../../../renderer/src/core/report/types';
import { groupVersions, otherVersionsOf, versionFamilyKey } from '../../../renderer/src/core/versions/groupVersions';
import { versionReports } from '../../fixtures/versionsCorpus';

function meta(id: string, language: string, extra: Partial<ReportMeta> = {}): ReportMeta {
  return { id, title: id, language, session: 2017, subject: 'test', ...extra };
}

describe('groupVersions', () => {
  test('the six language versions of C17/77 are one document, in the UN order of languages', () => {
    const groups = groupVersions(versionReports().map((report) => report.meta));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.versions.map((version) => version.language)).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
  });

  test('a revision, an addendum or another symbol is another document', () => {
    const documents = [
      meta('c17-18-en', 'en', { symbol: 'C17/18' }),
      meta('c17-18-fr', 'fr', { symbol: 'C17/18' }),
      meta('c17-18-rev1-en', 'en', { symbol: 'C17/18', revision: 1 }),
      meta('c17-18-add1-en', 'en', { symbol: 'C17/18', addendum: 1 }),
      meta('c17-19-en', 'en', { symbol: 'C17/19' }),
    ];
    expect(groupVersions(documents).map((group) => group.versions.map((version) => version.id))).toEqual([
      ['c17-18-en', 'c17-18-fr'],
      ['c17-18-rev1-en'],
      ['c17-18-add1-en'],
      ['c17-19-en'],
    ]);
  });

  test('documents without a symbol pair by their id without its language suffix', () => {
    const documents = [meta('c17-res130-zh', 'zh'), meta('c17-res130-en', 'en'), meta('c17-res131-en', 'en')];
    expect(versionFamilyKey(documents[0]!)).toBe(versionFamilyKey(documents[1]!));
    expect(versionFamilyKey(documents[1]!)).not.toBe(versionFamilyKey(documents[2]!));
  });

  test('the symbol is compared without regard to case or spaces around it', () => {
    expect(versionFamilyKey(meta('a', 'en', { symbol: 'c17/18 ' }))).toBe(versionFamilyKey(meta('b', 'ar', { symbol: 'C17/18' })));
  });

  test('otherVersionsOf lists the other languages, never the document itself', () => {
    const documents = versionReports().map((report) => report.meta);
    expect(otherVersionsOf(documents, 'c17-77-en').map((version) => version.id)).toEqual([
      'c17-77-ar',
      'c17-77-zh',
      'c17-77-fr',
      'c17-77-ru',
      'c17-77-es',
    ]);
    expect(otherVersionsOf(documents, 'unknown')).toEqual([]);
    expect(otherVersionsOf([meta('alone-en', 'en', { symbol: 'C17/1' })], 'alone-en')).toEqual([]);
  });
});
