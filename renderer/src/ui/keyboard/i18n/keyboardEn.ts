/** English strings of the keyboard help: the shortcut list (?) and the first-run hint of ✎ and ⇄. */
export const keyboardEn = {
  listHeading: 'Keyboard shortcuts',
  close: 'Close',
  listHint: 'Press ? anywhere outside a text field to show this list.',
  groups: {
    everywhere: 'Everywhere',
    search: 'In the search box',
    reader: 'In the reader',
    editor: 'In the note editor',
    changes: 'In “What changed”',
  },
  keys: {
    focusSearch: 'Go to the search box',
    showList: 'Show this list',
    chooseResult: 'Choose a result',
    openResult: 'Open the chosen result',
    leaveSearch: 'Leave the search box (the results stay)',
    annotate: 'Note on the selected passage, or on the focused paragraph',
    selectText: 'Select text from the keyboard (caret browsing), then press N',
    chips: 'Move between a paragraph’s entities (one Tab stop per paragraph)',
    closeEditor: 'Close the editor (what you typed is saved)',
    nextChange: 'Next change',
    previousChange: 'Previous change',
  },
  hint: {
    text: '✎ writes a note on a paragraph (or select a passage first); ⇄ links it to another paragraph. Press ? for keyboard shortcuts.',
    dismiss: 'Got it',
  },
};
