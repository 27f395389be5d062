/**
 * The type every translation of an English resource has: the same keys, nested alike, except
 * plurals, which follow the language's own categories (Intl.PluralRules, CLDR): i18next picks
 * `key_few` for a Russian 3 and `key_two` for an Arabic 2. English writes `key_one` and
 * `key_other`; a translation writes `key_<category>` for each category of its language.
 * A missing or extra key is a type error; tests/ui/i18n/resources.test.ts checks the same at
 * run time with Intl's own category lists.
 */

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** The plural categories of the interface languages that are not English (CLDR). */
export interface PluralCategoriesOf {
  ar: 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
  fr: 'one' | 'many' | 'other';
  ru: 'one' | 'few' | 'many' | 'other';
  es: 'one' | 'many' | 'other';
}

type PluralKey = `${string}_${PluralCategory}`;

/** A translation of `Source` for a language whose plural categories are `Categories`. */
export type Translation<Source, Categories extends PluralCategory> = {
  readonly [Key in keyof Source as Key extends PluralKey ? never : Key]: Source[Key] extends string
    ? string
    : Translation<Source[Key], Categories>;
} & {
  readonly [Key in keyof Source as Key extends `${infer Base}_other` ? `${Base}_${Categories}` : never]: string;
};

/** A translation of `Source` into one of the interface languages. */
export type TranslationIn<Language extends keyof PluralCategoriesOf, Source> = Translation<Source, PluralCategoriesOf[Language]>;
