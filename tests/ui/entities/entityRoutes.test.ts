import { describe, expect, test } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../../renderer/src/ui/routing/route';

describe('entity, activities and timeline routes', () => {
  test.each<[string, Route]>([
    ['#/entity/organisation:enisa', { name: 'entity', entityId: 'organisation:enisa' }],
    ['#/entity/organisation%3Aenisa', { name: 'entity', entityId: 'organisation:enisa' }],
    ['#/entity/document:c17%2F15', { name: 'entity', entityId: 'document:c17/15' }],
    ['#/activities', { name: 'activities' }],
    ['#/timeline', { name: 'timeline' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  test.each(['#/entity', '#/entity/a/b', '#/activities/x', '#/timeline/2016'])('%s is not found', (hash) => {
    expect(parseRoute(hash).name).toBe('notFound');
  });
});
