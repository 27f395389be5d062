/** English strings of removing an imported document from the library (with Undo) and of the notes it leaves behind. */
export const documentRemovalEn = {
  remove: 'Remove',
  removeLabel: 'Remove “{{title}}” from the library',
  removed: '“{{title}}” removed from the library. Your notes on it are kept.',
  undo: 'Undo',
  failed: 'The document could not be removed or brought back: {{message}}',
  /** A card with several language versions: remove one of them, or the whole document. */
  removeVersions: 'Remove…',
  removeVersionsLabel: 'Remove language versions of “{{title}}”',
  removeVersion: 'Remove the {{language}} version',
  removeVersionLabel: 'Remove the {{language}} version of “{{title}}” from the library',
  removeAll_one: 'Remove the whole document ({{count}} version)',
  removeAll_other: 'Remove the whole document ({{count}} versions)',
  removedVersion: 'The {{language}} version of “{{title}}” removed from the library. Your notes on it are kept.',
  removedAll_one: '“{{title}}” removed from the library with its {{count}} language version. Your notes on it are kept.',
  removedAll_other: '“{{title}}” removed from the library with its {{count}} language versions. Your notes on them are kept.',
  /** The all-notes view: notes on a document no longer in the library. */
  orphanBadge: 'Document removed',
  orphansHeading: 'Notes on removed documents',
  orphansHint: 'The document these notes were made on is no longer in the library. The notes and the passages they quote are kept.',
};
