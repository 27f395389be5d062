/** A refused backup is described by what is wrong with the file, not by data-format field names. */
import { describe, expect, test } from 'vitest';
import { parseAnnotationCollection } from '../../../renderer/src/core/notes/parseAnnotationCollection';
import { backupProblemOf } from '../../../renderer/src/ui/notes/backupErrorText';

function problemOf(text: string) {
  const result = parseAnnotationCollection(JSON.parse(text));
  if (result.ok) throw new Error('expected the file to be refused');
  return backupProblemOf(result.issues);
}

describe('backupProblemOf', () => {
  test('not JSON at all', () => {
    expect(backupProblemOf([{ path: '', problem: 'is not JSON (Unexpected token)' }])).toEqual({ kind: 'notJson' });
  });

  test('JSON of another kind (no @context, no format version) is not a backup', () => {
    expect(problemOf('{"hello": "world"}')).toEqual({ kind: 'notBackup' });
  });

  test('problems only inside items: the backup is damaged, counted by note', () => {
    expect(
      backupProblemOf([
        { path: 'first.items[2].created', problem: 'missing' },
        { path: 'first.items[2].target', problem: 'missing' },
        { path: 'first.items[7].id', problem: 'must be a urn:uuid: IRI' },
      ]),
    ).toEqual({ kind: 'damaged', items: 2 });
  });
});
