/** English strings of removing an imported document from the library (with Undo) and of the notes it leaves behind. */
export const documentRemovalEn = {
  remove: 'Remove',
  removeLabel: 'Remove “{{title}}” from the library',
  removed: '“{{title}}” removed from the library. Your notes on it are kept.',
  undo: 'Undo',
  failed: 'The document could not be removed or brought back: {{message}}',
  /** The all-notes view: notes on a document no longer in the library. */
  orphanBadge: 'Document removed',
  orphansHeading: 'Notes on removed documents',
  orphansHint: 'The document these notes were made on is no longer in the library. The notes and the passages they quote are kept.',
};
