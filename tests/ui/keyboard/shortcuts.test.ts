import { describe, expect, test } from 'vitest';
import { shortcutOf, type KeyFacts } from '../../../renderer/src/ui/keyboard/shortcuts';

const key = (facts: Partial<KeyFacts> & { key: string }): KeyFacts => ({
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isInEditable: false,
  isComposing: false,
  ...facts,
});

describe('shortcutOf', () => {
  test.each<[string, KeyFacts, ReturnType<typeof shortcutOf>]>([
    ['Ctrl+K', key({ key: 'k', ctrlKey: true }), 'focusSearch'],
    ['Cmd+K', key({ key: 'k', metaKey: true }), 'focusSearch'],
    ['Ctrl+K with caps lock', key({ key: 'K', ctrlKey: true }), 'focusSearch'],
    ['Ctrl+K in a text field', key({ key: 'k', ctrlKey: true, isInEditable: true }), 'focusSearch'],
    ['/', key({ key: '/' }), 'focusSearch'],
    ['/ in a text field types a slash', key({ key: '/', isInEditable: true }), null],
    ['k alone', key({ key: 'k' }), null],
    ['Ctrl+Shift+K (devtools console in some browsers)', key({ key: 'K', ctrlKey: true, shiftKey: true }), null],
    ['Ctrl+Alt+K', key({ key: 'k', ctrlKey: true, altKey: true }), null],
    ['Ctrl+/', key({ key: '/', ctrlKey: true }), null],
    ['Ctrl+K while an IME composes', key({ key: 'k', ctrlKey: true, isComposing: true }), null],
    ['/ while an IME composes', key({ key: '/', isComposing: true }), null],
    ['? (Shift+/) shows the list', key({ key: '?', shiftKey: true }), 'showShortcuts'],
    ['? in a text field types a question mark', key({ key: '?', shiftKey: true, isInEditable: true }), null],
    ['N makes a note', key({ key: 'n' }), 'annotate'],
    ['n in a text field is a letter', key({ key: 'n', isInEditable: true }), null],
    ['Ctrl+N (new window) is left alone', key({ key: 'n', ctrlKey: true }), null],
    ['Shift+N is left alone', key({ key: 'N', shiftKey: true }), null],
    ['N while an IME composes', key({ key: 'n', isComposing: true }), null],
  ])('%s', (_name, facts, expected) => {
    expect(shortcutOf(facts)).toBe(expected);
  });
});
