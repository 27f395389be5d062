/**
 * Word forms: `drill` / `drills` / `drilling`, `coopération` / `coopérations`,
 * `сотрудничество` / `сотрудничества`, `الاتحاد` / `اتحاد`. Each word of a unit is indexed once
 * more under a word-form term `~<language>:<key>`, the key being the word's stem with Latin
 * accents stripped; a query word is looked up under its key in each language the index holds
 * that fits its script. The same function makes the term on both sides, and the term is exact,
 * so the posting list itself is the verification: a unit is in it only if one of its words has
 * that key. Substring matching is untouched; word forms only add hits, ranked below them.
 *
 * Stemmers: Snowball's (English = Porter2, French, Spanish, Russian) from `@orama/stemmers`,
 * maintained and without lunr-languages' trimmers (which dropped non-Latin text and numbers);
 * Arabic uses light10 (arabicStem.ts).
 */
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stripAccents } from '../text/accents';
import { arabicLightStem } from './arabicStem';

/** The languages that have word forms. Chinese has none: its bigrams already find every form. */
export const wordFormLanguages = ['en', 'fr', 'es', 'ru', 'ar'] as const;
export type WordFormLanguage = (typeof wordFormLanguages)[number];

/** First character of every word-form term; the tokeniser never makes a term starting with it. */
export const wordFormMarker = '~';

const stemmers: Readonly<Record<WordFormLanguage, (word: string) => string>> = {
  en: english,
  fr: french,
  es: spanish,
  ru: russian,
  ar: arabicLightStem,
};

type Script = 'latin' | 'cyrillic' | 'arabic';

function scriptOf(word: string): Script | undefined {
  if (/^[\p{Script=Latin}]+$/u.test(word)) return 'latin';
  if (/^[\p{Script=Cyrillic}]+$/u.test(word)) return 'cyrillic';
  if (/^[\p{Script=Arabic}]+$/u.test(word)) return 'arabic';
  return undefined;
}

const languagesOfScript: Readonly<Record<Script, readonly WordFormLanguage[]>> = {
  latin: ['en', 'fr', 'es'],
  cyrillic: ['ru'],
  arabic: ['ar'],
};

function isWordFormLanguage(language: string | undefined): language is WordFormLanguage {
  return (wordFormLanguages as readonly string[]).includes(language ?? '');
}

/** Shorter words are left to substring matching: their stems say little (`us`, `в`). */
const minWordLength = 3;

/**
 * The language whose stemmer reads a word of a unit: the unit's own when the word is in its
 * script, else the script's usual one (an English word in a Chinese report is read as English).
 */
export function indexLanguageOf(word: string, unitLanguage: string | undefined): WordFormLanguage | undefined {
  if ([...word].length < minWordLength) return undefined;
  const script = scriptOf(word);
  if (script === undefined) return undefined;
  const candidates = languagesOfScript[script];
  return isWordFormLanguage(unitLanguage) && candidates.includes(unitLanguage) ? unitLanguage : candidates[0];
}

/** The languages a query word may be in: those of its script. */
export function queryLanguagesOf(word: string): readonly WordFormLanguage[] {
  if ([...word].length < minWordLength) return [];
  const script = scriptOf(word);
  return script === undefined ? [] : languagesOfScript[script];
}

const cache = new Map<string, string>();
const maxCached = 200_000;

/** The word-form term of a normalised word in a language (`~en:drill` for `drilling`). */
export function wordFormTerm(word: string, language: WordFormLanguage): string {
  const cacheKey = `${language}:${word}`;
  let term = cache.get(cacheKey);
  if (term === undefined) {
    term = `${wordFormMarker}${language}:${stripAccents(stemmers[language](word))}`;
    if (cache.size >= maxCached) cache.clear();
    cache.set(cacheKey, term);
  }
  return term;
}

/** French and Italian-style elisions before a word: `l'`, `d'`, `qu'`… */
const elision = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'/u;

/** The word a normalised query piece stands for, without an elision; undefined if it is not one word. */
export function queryWord(piece: string): string | undefined {
  const word = piece.replace(elision, '');
  return scriptOf(word) === undefined ? undefined : word;
}
