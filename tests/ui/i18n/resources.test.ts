/** The two UI languages say the same things: same keys, same interpolation variables, no blanks. */
import { describe, expect, test } from 'vitest';
import { en } from '../../../renderer/src/ui/i18n/en';
import { zh } from '../../../renderer/src/ui/i18n/zh';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') entries.set(`${prefix}${key}`, value);
    else if (typeof value === 'object' && value !== null) for (const entry of flatten(value, `${prefix}${key}.`)) entries.set(...entry);
  }
  return entries;
}

const variables = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!).sort();

describe('UI strings', () => {
  const english = flatten(en);
  const chinese = flatten(zh);

  test('both languages have the same keys', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test.each([...english.keys()])('%s: same variables, not blank', (key) => {
    expect(english.get(key)!.trim()).not.toBe('');
    expect(chinese.get(key)!.trim()).not.toBe('');
    expect(variables(chinese.get(key)!)).toEqual(variables(english.get(key)!));
  });

  test('Chinese strings are Chinese where the English ones are words', () => {
    const untranslated = [...english.keys()].filter(
      (key) => !key.startsWith('languageNames.') && key !== 'search.shortcutBadge' && chinese.get(key) === english.get(key),
    );
    expect(untranslated).toEqual([]);
  });
});
