import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatRoute, isSameRoute, parseRoute, type Route } from '../../../renderer/src/ui/routing/route';

describe('parseRoute', () => {
  test.each<[string, Route]>([
    ['', { name: 'library' }],
    ['#', { name: 'library' }],
    ['#/', { name: 'library' }],
    ['#/report/c17-res130-zh', { name: 'report', reportId: 'c17-res130-zh' }],
    ['#/report/c17-res130-zh/', { name: 'report', reportId: 'c17-res130-zh' }],
    ['#/report/c17-res130-zh/4.3', { name: 'report', reportId: 'c17-res130-zh', unit: '4.3' }],
    ['#/report/c17-res130-zh/summary.1', { name: 'report', reportId: 'c17-res130-zh', unit: 'summary.1' }],
    ['#/report/c17-res130-zh/4.3?q=SG-17', { name: 'report', reportId: 'c17-res130-zh', unit: '4.3', query: 'SG-17' }],
    ['#/report/c17-res130-zh?q=', { name: 'report', reportId: 'c17-res130-zh' }],
    ['#/search', { name: 'search', query: '' }],
    ['#/search?q=SG-17', { name: 'search', query: 'SG-17' }],
    ['#/search?q=%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8', { name: 'search', query: '网络安全' }],
    ['#/search?q=网络安全', { name: 'search', query: '网络安全' }],
    ['#/search?q=X.509%20ITU-T', { name: 'search', query: 'X.509 ITU-T' }],
    ['#/search?q=a+b', { name: 'search', query: 'a b' }],
    ['#/search?q=C17%2F15', { name: 'search', query: 'C17/15' }],
    ['#/search?q=100%', { name: 'search', query: '100%' }],
    ['#/report/a%2Fb/1', { name: 'report', reportId: 'a/b', unit: '1' }],
    ['#/report/%E0%A4%A/1', { name: 'report', reportId: '%E0%A4%A', unit: '1' }],
    ['#/notes', { name: 'notes' }],
    ['#/report/c17-res130-zh/4.3?note=abc', { name: 'report', reportId: 'c17-res130-zh', unit: '4.3', note: 'abc' }],
    ['#/report/c17-77-en/2.1?beside=c17-77-fr', { name: 'report', reportId: 'c17-77-en', unit: '2.1', beside: 'c17-77-fr' }],
    // A report beside itself is the report alone.
    ['#/report/c17-77-en?beside=c17-77-en', { name: 'report', reportId: 'c17-77-en' }],
    [
      '#/search?q=网络安全&organisation=organisation%3Aenisa&year=2016',
      { name: 'search', query: '网络安全', facets: { organisation: 'organisation:enisa', year: '2016' } },
    ],
    ['#/search?section=5&q=x&country=country:CH', { name: 'search', query: 'x', facets: { country: 'country:CH', section: '5' } }],
    ['#/search?q=x&year=&colour=red', { name: 'search', query: 'x' }],
    ['#/changes/c17-18-en/c17-18-rev1-en', { name: 'changes', oldId: 'c17-18-en', newId: 'c17-18-rev1-en' }],
    ['#/changes/c17-18-en/c17-18-rev1-en/3', { name: 'changes', oldId: 'c17-18-en', newId: 'c17-18-rev1-en', change: 3 }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  test.each(['#/reports', '#/report', '#/report/x/1/2', '#/search/x', '#main', '#/notes/x', '#/changes/a', '#/changes/a/b/0', '#/changes/a/b/x', '#/changes/a/b/1/2'])('%s is not found', (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'notFound', hash: hash.startsWith('#') ? hash : `#${hash}` });
  });
});

describe('formatRoute', () => {
  test.each<[Route, string]>([
    [{ name: 'library' }, '#/'],
    [{ name: 'search', query: '' }, '#/search'],
    [{ name: 'search', query: 'SG-17' }, '#/search?q=SG-17'],
    [{ name: 'search', query: 'C17/15 & X.509' }, '#/search?q=C17%2F15%20%26%20X.509'],
    [{ name: 'report', reportId: 'c17-res130-zh' }, '#/report/c17-res130-zh'],
    [{ name: 'report', reportId: 'c17-res130-zh', unit: '4.3' }, '#/report/c17-res130-zh/4.3'],
    [{ name: 'report', reportId: 'c17-res130-zh', unit: '4.3', query: '网络' }, '#/report/c17-res130-zh/4.3?q=%E7%BD%91%E7%BB%9C'],
    [{ name: 'report', reportId: 'r', unit: '1', query: 'x', note: 'n-1' }, '#/report/r/1?q=x&note=n-1'],
    [{ name: 'report', reportId: 'r-en', beside: 'r-ar' }, '#/report/r-en?beside=r-ar'],
    [{ name: 'notes' }, '#/notes'],
    [{ name: 'changes', oldId: 'a/b', newId: 'c', change: 12 }, '#/changes/a%2Fb/c/12'],
    [{ name: 'search', query: 'x', facets: { section: '5', organisation: 'organisation:enisa' } }, '#/search?q=x&organisation=organisation%3Aenisa&section=5'],
    [{ name: 'search', query: 'ITU', facets: { year: '2016', language: 'fr' } }, '#/search?q=ITU&language=fr&year=2016'],
    [{ name: 'search', query: '', facets: { year: '2016' } }, '#/search?year=2016'],
    [{ name: 'search', query: 'x', facets: { year: '' } }, '#/search?q=x'],
  ])('%j', (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
  });

  const segment = fc.string({ minLength: 1 }).filter((text) => text.trim() !== '');
  const route: fc.Arbitrary<Route> = fc.oneof(
    fc.constant<Route>({ name: 'library' }),
    fc.string().map((query): Route => ({ name: 'search', query })),
    fc
      .record({
        query: fc.string(),
        organisation: fc.option(segment, { nil: undefined }),
        country: fc.option(segment, { nil: undefined }),
        year: fc.option(segment, { nil: undefined }),
        section: segment,
      })
      .map(({ query, ...picked }): Route => ({
        name: 'search',
        query,
        facets: Object.fromEntries(Object.entries(picked).filter(([, value]) => value !== undefined)),
      })),
    fc.record({ reportId: segment, unit: fc.option(segment, { nil: undefined }), query: fc.option(segment, { nil: undefined }) }).map(
      ({ reportId, unit, query }): Route => ({
        name: 'report',
        reportId,
        ...(unit === undefined ? {} : { unit }),
        ...(query === undefined ? {} : { query }),
      }),
    ),
  );

  test('parseRoute(formatRoute(route)) gives the route back, for any text', () => {
    fc.assert(
      fc.property(route, (original) => {
        expect(parseRoute(formatRoute(original))).toEqual(original);
        expect(isSameRoute(parseRoute(formatRoute(original)), original)).toBe(true);
      }),
    );
  });

  test('parseRoute never throws', () => {
    fc.assert(fc.property(fc.string(), (hash) => void parseRoute(hash)));
  });
});
