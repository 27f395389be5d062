/** English strings of a library card that stands for a document with its language versions. */
export const libraryCardEn = {
  /** The facts' label over the version links: one per language the library has. */
  languages_one: 'Language',
  languages_other: 'Languages',
  /** A version link's accessible name (its text is the language alone). */
  versionLink: '{{language}} version',
  symbol: 'Symbol',
  /** Where reading left off, when it was in another version than the one the card is named by. */
  resumeIn: 'Continue at {{unit}} in the {{language}} version',
};
