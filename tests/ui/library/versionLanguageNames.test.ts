import { describe, expect, test } from 'vitest';
import type { LibraryEntry } from '../../../renderer/src/core/library/libraryFiles';
import { versionLanguageNames } from '../../../renderer/src/ui/library/versionLanguageNames';

function entry(id: string, language: string): LibraryEntry {
  return { meta: { id, title: id, language, session: 2017, subject: 'test' }, units: 1, paragraphs: 1, origin: 'imported' };
}

const english = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (language: string) => english.of(language) ?? language;

describe('versionLanguageNames', () => {
  test('each version by its language, in the interface language', () => {
    const names = versionLanguageNames([entry('c17-77-ar', 'ar'), entry('c17-77-fr', 'fr')], languageName);
    expect([...names]).toEqual([
      ['c17-77-ar', 'Arabic'],
      ['c17-77-fr', 'French'],
    ]);
  });

  test('two copies of one language kept apart: the second is numbered, so its link and remove button differ', () => {
    const names = versionLanguageNames([entry('c17-18-zh', 'zh'), entry('c17-18-en', 'en'), entry('c17-18-en-2', 'en')], languageName);
    expect([...names.values()]).toEqual(['Chinese', 'English', 'English 2']);
  });
});
