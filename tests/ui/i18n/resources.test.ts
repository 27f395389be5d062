/**
 * Every interface language says what English says: the same keys in every namespace (plurals by
 * the language's own Intl.PluralRules categories), the same interpolation variables, no blanks,
 * and words of its own rather than English left in place.
 */
import { createInstance } from 'i18next';
import { describe, expect, test } from 'vitest';
import { en } from '../../../renderer/src/ui/i18n/en';
import { uiResources } from '../../../renderer/src/ui/i18n/uiResources';
import { uiLanguages, type UiLanguage } from '../../../renderer/src/ui/i18n/uiLanguage';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') entries.set(`${prefix}${key}`, value);
    else if (typeof value === 'object' && value !== null) for (const entry of flatten(value, `${prefix}${key}.`)) entries.set(...entry);
  }
  return entries;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** The keys a language must have: English's, with each plural spelled in the language's categories. */
function expectedKeys(language: UiLanguage): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of flatten(en).keys()) {
    if (!pluralSuffix.test(key)) keys.add(key);
    else if (key.endsWith('_other')) for (const category of categories) keys.add(key.replace(/_other$/, `_${category}`));
  }
  return keys;
}

/** The namespace of a key: its first segment (app, entities, notes, links…). */
const namespaceOf = (key: string): string => key.slice(0, key.indexOf('.'));

function byNamespace(keys: readonly string[]): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const key of keys) (groups[namespaceOf(key)] ??= []).push(key);
  return groups;
}

const variables = (text: string): string[] => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!))].sort();

// Chinese predates this check and keeps `_one` beside `_other` (zh has only "other"), which
// i18next never picks; it is checked for missing keys only.
const translated = uiLanguages.filter((language) => language !== 'en');

describe.each(translated)('%s strings', (language) => {
  const strings = flatten(uiResources[language].translation);
  const expected = expectedKeys(language);

  test('no key is missing, in any namespace', () => {
    const missing = [...expected].filter((key) => !strings.has(key));
    expect(byNamespace(missing)).toEqual({});
  });

  test('no key is extra, in any namespace', () => {
    const extra = [...strings.keys()].filter((key) => !expected.has(key) && !(language === 'zh' && key.endsWith('_one')));
    expect(byNamespace(extra)).toEqual({});
  });

  test('no string is blank, and each uses the variables English uses', () => {
    const english = flatten(en);
    const problems: string[] = [];
    for (const [key, text] of strings) {
      if (text.trim() === '') problems.push(`${key}: blank`);
      const source = english.get(key) ?? english.get(key.replace(pluralSuffix, '_other'));
      if (source === undefined) continue;
      const wanted = variables(source);
      // A plural form may spell its number out ("نتيجتان", two results) instead of writing {{count}}.
      const have = variables(text);
      // And may write {{count}} where English says "the note" (Russian one is also 21, 31…).
      const isPlural = pluralSuffix.test(key);
      const required = isPlural ? wanted.filter((name) => name !== 'count') : wanted;
      const permitted = isPlural ? [...wanted, 'count'] : wanted;
      if (!required.every((name) => have.includes(name)) || !have.every((name) => permitted.includes(name))) {
        problems.push(`${key}: ${have.join(',')} ≠ ${wanted.join(',')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('sentences are translated, not English left in place', () => {
    const english = flatten(en);
    // Key caps, file formats, punctuation and a word shared with English ("Question", "Section").
    const sameEverywhere = new Set(['search.shortcutBadge', 'entities.markdownFiles', 'entities.csvFiles', 'entities.listSeparator', 'exportDialog.optionWithCount', 'facets.option']);
    const isOneWord = (text: string): boolean => text.replace(/\{\{\w+\}\}|\(.*?\)/g, '').trim().split(/\s+/).length <= 1;
    const untranslated = [...strings]
      .filter(([key, text]) => english.get(key) === text && !sameEverywhere.has(key) && !isOneWord(text))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

describe('plurals follow each language’s rules', () => {
  const i18n = createInstance();
  void i18n.init({ resources: uiResources, lng: 'en', initAsync: false, interpolation: { escapeValue: false }, showSupportNotice: false });

  // One count per CLDR category of each language, and the form it must take.
  test.each([
    ['ru', 1, '1 заметка'],
    ['ru', 21, '21 заметка'],
    ['ru', 3, '3 заметки'],
    ['ru', 5, '5 заметок'],
    ['ru', 11, '11 заметок'],
    ['ru', 1.5, '1.5 заметки'],
    ['ar', 0, 'لا ملاحظات'],
    ['ar', 1, 'ملاحظة واحدة'],
    ['ar', 2, 'ملاحظتان'],
    ['ar', 3, '3 ملاحظات'],
    ['ar', 11, '11 ملاحظة'],
    ['ar', 100, '100 ملاحظة'],
    ['fr', 1, '1 note'],
    ['fr', 2, '2 notes'],
    ['fr', 1000000, '1000000 de notes'],
    ['es', 1, '1 nota'],
    ['es', 2, '2 notas'],
    ['es', 1000000, '1000000 de notas'],
    ['en', 1, '1 note'],
    ['en', 2, '2 notes'],
    ['zh', 2, '2 条笔记'],
  ] as const)('%s, %d → %s', (language, count, text) => {
    expect(i18n.t('notes.count', { lng: language, count })).toBe(text);
  });

  test('a nested plural takes its own count (Russian mentions in paragraphs)', () => {
    expect(i18n.t('entities.mentionCount', { lng: 'ru', count: 5, units: 2 })).toBe('5 упоминаний в 2 пунктах');
    expect(i18n.t('entities.mentionCount', { lng: 'ar', count: 2, units: 1 })).toBe('إشارتان في فقرة واحدة');
  });
});
