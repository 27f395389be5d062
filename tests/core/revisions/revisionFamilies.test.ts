import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../../renderer/src/core/report/types';
import { revisionFamilyKey, revisionLabel, revisionPlaces } from '../../../renderer/src/core/revisions/revisionFamilies';

function meta(id: string, fields: Partial<ReportMeta> = {}): ReportMeta {
  return { id, title: id, language: 'en', session: 2017, subject: 'Revisions', symbol: 'C17/18', ...fields };
}

describe('revisionPlaces', () => {
  it('makes the highest revision current and links each revision to its neighbours and to every revision before it', () => {
    const places = revisionPlaces([meta('rev1', { revision: 1 }), meta('rev0'), meta('rev2', { revision: 2 })]);
    expect(places.get('rev0')).toEqual({ revision: 0, currentId: 'rev2', nextId: 'rev1', earlierIds: [] });
    expect(places.get('rev1')).toEqual({ revision: 1, currentId: 'rev2', previousId: 'rev0', nextId: 'rev2', earlierIds: ['rev0'] });
    expect(places.get('rev2')).toEqual({ revision: 2, currentId: 'rev2', previousId: 'rev1', earlierIds: ['rev0', 'rev1'] });
  });

  it('keeps languages, addenda and documents without a symbol apart', () => {
    const places = revisionPlaces([
      meta('en'),
      meta('zh-rev1', { language: 'zh', revision: 1 }),
      meta('add1-rev1', { addendum: 1, revision: 1 }),
      meta('nosymbol-rev1', { symbol: undefined, revision: 1 }),
      meta('other-rev1', { symbol: 'C17/19', revision: 1 }),
    ]);
    expect(places.size).toBe(0);
  });

  it('matches symbols whatever their case and ignores a second copy of the same revision', () => {
    const places = revisionPlaces([meta('a'), meta('b', { symbol: 'c17/18' }), meta('c', { symbol: 'c17/18', revision: 1 })]);
    expect([...places.keys()].sort()).toEqual(['a', 'c']);
    expect(places.get('a')?.currentId).toBe('c');
  });
});

describe('revisionFamilyKey and revisionLabel', () => {
  it('names the family without the revision, and the revision as the document prints it', () => {
    expect(revisionFamilyKey(meta('x', { revision: 3 }))).toBe(revisionFamilyKey(meta('y')));
    expect(revisionFamilyKey(meta('x', { symbol: undefined }))).toBeUndefined();
    expect(revisionLabel(meta('x'))).toBe('Rev.0');
    expect(revisionLabel(meta('x', { revision: 2 }))).toBe('Rev.2');
  });
});
