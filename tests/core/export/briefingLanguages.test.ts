/** The briefing speaks every interface language: its own words translated, counts in each language's plural. */
import { describe, expect, test } from 'vitest';
import { briefingStrings } from '../../../renderer/src/core/export/briefingStrings';
import type { BriefingLanguage } from '../../../renderer/src/core/export/types';

const languages: readonly BriefingLanguage[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

describe('briefing strings', () => {
  test.each(languages.filter((language) => language !== 'en'))('%s: headings are not the English ones', (language) => {
    const strings = briefingStrings(language);
    const english = briefingStrings('en');
    for (const key of ['contents', 'frontPart', 'tags', 'links', 'orphans', 'orphansExplained', 'noNotes', 'delegation', 'agendaItems'] as const) {
      expect(strings[key], key).not.toBe(english[key]);
    }
    expect(strings.paragraph('4.3')).toContain('4.3');
    expect(Object.values(strings.stanceGroups).every((heading) => heading.trim() !== '')).toBe(true);
  });

  test.each([
    ['ru', 1, '1 заметка'],
    ['ru', 3, '3 заметки'],
    ['ru', 5, '5 заметок'],
    ['ar', 1, 'ملاحظة واحدة'],
    ['ar', 2, 'ملاحظتان'],
    ['ar', 3, '3 ملاحظات'],
    ['ar', 11, '11 ملاحظة'],
    ['fr', 1, '1 note'],
    ['es', 2, '2 notas'],
  ] as const)('%s: %d notes in the export line reads “%s”', (language, count, words) => {
    expect(briefingStrings(language).exportLine('2026-12-04', count, 'x')).toContain(words);
  });
});
