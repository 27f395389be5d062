import { expect, test } from 'vitest';
import { textDirectionOf } from '../../../renderer/src/core/versions/textDirection';

test.each([
  ['ar', 'rtl'],
  ['ar-EG', 'rtl'],
  ['AR', 'rtl'],
  ['fa', 'rtl'],
  ['zh', 'ltr'],
  ['zh-Hans', 'ltr'],
  ['en', 'ltr'],
  ['fr', 'ltr'],
  ['ru', 'ltr'],
  ['es', 'ltr'],
  ['und', 'ltr'],
  ['', 'ltr'],
])('%s is written %s', (language, direction) => {
  expect(textDirectionOf(language)).toBe(direction);
});
