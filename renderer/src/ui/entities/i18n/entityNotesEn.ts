/** English strings of the entity page's list of the delegate's notes that mention the entity. */
export const entityNotesEn = {
  heading: 'In your notes',
  count_one: 'Mentioned in {{count}} of your notes.',
  count_other: 'Mentioned in {{count}} of your notes.',
  empty: 'None of your notes mentions it.',
  loading: 'Reading your notes…',
  failed: 'Your notes could not be read: {{message}}',
  openNote: 'Open your note on paragraph {{number}} of {{report}}',
  quote: 'Passage',
  body: 'Note',
};
