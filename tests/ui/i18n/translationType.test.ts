/**
 * The translation type catches what a translator can get wrong, at compile time (`npm run
 * typecheck` checks this file): a plural category of the language left out, a key English does
 * not have, a plural category the language does not use.
 */
import { expect, test } from 'vitest';
import type { TranslationIn } from '../../../renderer/src/ui/i18n/translation';

interface Source {
  heading: string;
  count_one: string;
  count_other: string;
}

test('a complete Russian translation type-checks, and the mistakes do not', () => {
  const complete: TranslationIn<'ru', Source> = {
    heading: 'Заметки',
    count_one: '{{count}} заметка',
    count_few: '{{count}} заметки',
    count_many: '{{count}} заметок',
    count_other: '{{count}} заметки',
  };
  // @ts-expect-error -- count_few and count_many are missing: Russian has four plural categories.
  const missingCategories: TranslationIn<'ru', Source> = { heading: 'Заметки', count_one: '{{count}} заметка', count_other: '{{count}} заметки' };
  const extraKey: TranslationIn<'fr', Source> = {
    heading: 'Notes',
    count_one: '{{count}} note',
    count_many: '{{count}} de notes',
    count_other: '{{count}} notes',
    // @ts-expect-error -- English has no such key.
    subtitle: 'Sous-titre',
  };
  const wrongCategory: TranslationIn<'es', Source> = {
    heading: 'Notas',
    count_one: '{{count}} nota',
    count_many: '{{count}} de notas',
    count_other: '{{count}} notas',
    // @ts-expect-error -- Spanish has no "few" category.
    count_few: '{{count}} notas',
  };
  expect([complete, missingCategories, extraKey, wrongCategory].map((translation) => translation.heading)).toEqual(['Заметки', 'Заметки', 'Notes', 'Notas']);
});
