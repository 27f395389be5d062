/**
 * The table of the six UN languages' names that the interface shows without asking ICU
 * (languageNames.ts) says what Intl.DisplayNames says, in every interface language; other
 * languages are still named by Intl.
 */
import { describe, expect, test } from 'vitest';
import { intlLocaleOf, uiLanguages } from '../../../renderer/src/ui/i18n/uiLanguage';
import { languageNamer, unLanguageNames } from '../../../renderer/src/ui/i18n/languageNames';

describe('the UN languages named in each interface language', () => {
  test.each(uiLanguages)('in %s, as Intl.DisplayNames names them', (uiLanguage) => {
    const names = new Intl.DisplayNames([intlLocaleOf(uiLanguage)], { type: 'language' });
    expect(unLanguageNames[uiLanguage]).toEqual(Object.fromEntries(uiLanguages.map((language) => [language, names.of(language)])));
    // Named in the interface's own script: no English name leaks into another interface.
    if (uiLanguage !== 'en') expect(Object.values(unLanguageNames[uiLanguage])).not.toContain(new Intl.DisplayNames(['en'], { type: 'language' }).of('fr'));
  });
});

describe("the interface's language namer", () => {
  test('names the six from the table, any other language through Intl, and a malformed tag as it is', () => {
    const name = languageNamer('fr');
    expect(uiLanguages.map(name)).toEqual(['arabe', 'chinois', 'anglais', 'français', 'russe', 'espagnol']);
    expect(name('de')).toBe('allemand');
    expect(name('und-x')).toBe('und-x');
    expect(languageNamer('zh')('pt')).toBe('葡萄牙语');
  });
});
