/** English strings of language versions: reading two side by side, notes made on another version. */
export const versionsEn = {
  barLabel: 'Language versions of this document',
  thisVersion: '{{language}} (this version)',
  readIn: 'Read in {{language}}',
  showBeside: 'Show {{language}} beside',
  heading: '{{left}} and {{right}} side by side',
  firstColumn: 'First column',
  secondColumn: 'Second column',
  readAlone: 'Read the {{language}} version alone',
  missing: 'Not in the {{language}} version.',
  uncertain: 'Paired by position only: check that these paragraphs match.',
  noteOn: 'Note on the {{language}} version',
  emptyNote: '(empty note)',
  openNote: 'Open this note in the {{language}} version',
  unplacedHeading: 'Notes on paragraphs this version does not have',
  alsoIn: 'Also in {{languages}}',
  besideMissing: 'No version “{{id}}” of this document is in the library.',
};
