import { describe, expect, it } from 'vitest';
import {
  BackupFormatError,
  parseAnnotationCollection,
  parseBackupText,
} from '../../../renderer/src/core/notes/parseAnnotationCollection';
import { makeSelector } from '../../../renderer/src/core/notes/anchor';
import { toAnnotationCollection } from '../../../renderer/src/core/notes/webAnnotation';
import { at, makeLink, makeNote, testUuid } from './noteFixtures';

type Json = Record<string, unknown>;

/** A valid backup of three notes and a link, as plain JSON to damage. */
function validBackup(): Json {
  const text = '国际电联继续与合作伙伴国家开展网络演练';
  const notes = [1, 2, 3].map((n) =>
    makeNote({ id: testUuid(n), target: { reportId: 'r', unitId: 'r:4.3', selector: makeSelector(text, { start: 2, end: 6 }) }, tags: ['t'] }),
  );
  const collection = toAnnotationCollection(notes, [makeLink()], { collectionId: testUuid(90), pageId: testUuid(91), generated: at(9) });
  return JSON.parse(JSON.stringify(collection));
}

function items(backup: Json): unknown[] {
  const first = backup['first'];
  if (typeof first !== 'object' || first === null || !('items' in first) || !Array.isArray(first.items)) throw new Error('no items');
  return first.items;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function item(backup: Json, index: number): Json {
  const value = items(backup)[index];
  if (!isJson(value)) throw new Error(`no item ${index}`);
  return value;
}

function problemsOf(text: string): string[] {
  try {
    parseBackupText(text);
  } catch (error) {
    if (error instanceof BackupFormatError) return error.issues.map((issue) => `${issue.path}: ${issue.problem}`);
    throw error;
  }
  return [];
}

describe('invalid backups are refused with a message naming what and where', () => {
  const cases: Array<[string, (backup: Json) => unknown, string]> = [
    ['a wrong @context', (b) => ({ ...b, '@context': 'http://schema.org/' }), '@context: must be or include http://www.w3.org/ns/anno.jsonld'],
    ['no @context', ({ '@context': _, ...rest }) => rest, '@context: missing'],
    ['a wrong type', (b) => ({ ...b, type: 'Collection' }), 'type: must be AnnotationCollection, not "Collection"'],
    ['no format version', ({ 'kb:formatVersion': _, ...rest }) => rest, 'kb:formatVersion: missing'],
    ['a newer format', (b) => ({ ...b, 'kb:formatVersion': 7 }), 'kb:formatVersion: is 7: the file was written by a newer version of the app'],
    ['items not on a page', ({ first: _, ...rest }) => ({ ...rest, items: [] }), 'first: missing'],
    ['a wrong total', (b) => ({ ...b, total: 9 }), 'total: says 9 but first.items holds 4'],
    ['an item that is not an object', (b) => { items(b)[1] = 'note'; return b; }, 'first.items[1]: must be an Annotation object, not "note"'],
    ['a missing target source', (b) => { const target = item(b, 3 - 1)['target']; if (typeof target === 'object' && target !== null) Reflect.deleteProperty(target, 'source'); return b; }, 'first.items[2].target.source: missing'],
    ['a missing target', (b) => { Reflect.deleteProperty(item(b, 0), 'target'); return b; }, 'first.items[0].target: missing'],
    ['a source that is not a unit id', (b) => { item(b, 1)['target'] = { source: 'https://example.org/page' }; return b; }, 'first.items[1].target.source: must be a unit id such as c17-res130-zh:4.3'],
    ['an id that is not a urn:uuid', (b) => { item(b, 1)['id'] = 'note-2'; return b; }, 'first.items[1].id: must be a urn:uuid: IRI, not "note-2"'],
    ['a duplicate id', (b) => { item(b, 2)['id'] = item(b, 0)['id']; return b; }, 'first.items[2].id: repeats the id of first.items[0]'],
    ['a wrong type of date', (b) => { item(b, 1)['modified'] = 20170515; return b; }, 'first.items[1].modified: must be a date-time with a time zone'],
    ['a date without time zone', (b) => { item(b, 1)['created'] = '2017-05-15T09:00:00'; return b; }, 'first.items[1].created: must be a date-time with a time zone'],
    ['an unknown stance', (b) => { item(b, 1)['kb:stance'] = 'against'; return b; }, 'first.items[1].kb:stance: must be one of support, concern, question, follow-up, not "against"'],
    ['a body of the wrong type', (b) => { item(b, 1)['body'] = [{ type: 'TextualBody', value: 42, purpose: 'commenting' }]; return b; }, 'first.items[1].body[0].value: must be a string, not 42'],
    ['an empty tag', (b) => { item(b, 1)['body'] = [{ type: 'TextualBody', value: '  ', purpose: 'tagging' }]; return b; }, 'first.items[1].body[0].value: a tag must not be empty'],
    ['an unknown motivation', (b) => { item(b, 1)['motivation'] = 'shouting'; return b; }, 'first.items[1].motivation: must be a W3C motivation'],
    ['a position that disagrees with the quote', (b) => {
      item(b, 1)['target'] = { source: 'r:1', selector: [{ type: 'TextQuoteSelector', exact: 'abc' }, { type: 'TextPositionSelector', start: 0, end: 5 }] };
      return b;
    }, 'first.items[1].target.selector: the TextPositionSelector spans 5 characters but the quote has 3'],
    ['a quote without position', (b) => { item(b, 1)['target'] = { source: 'r:1', selector: { type: 'TextQuoteSelector', exact: 'abc' } }; return b; }, 'first.items[1].target.selector: needs both a TextQuoteSelector and a TextPositionSelector'],
    ['a negative position', (b) => { item(b, 1)['target'] = { source: 'r:1', selector: [{ type: 'TextQuoteSelector', exact: 'a' }, { type: 'TextPositionSelector', start: -1, end: 0 }] }; return b; }, 'first.items[1].target.selector[1].start: must be a whole number ≥ 0, not -1'],
    ['an unknown revision decision', (b) => { item(b, 1)['kb:anchor'] = { status: 'anchored', previous: { decision: 'ignored', revision: 'Rev.0', unitId: 'r:4.3' } }; return b; }, 'first.items[1].kb:anchor.previous.decision: must be one of confirmed, moved, kept, not "ignored"'],
    ['a revision record without its unit', (b) => { item(b, 1)['kb:anchor'] = { status: 'anchored', previous: { decision: 'kept', revision: 'Rev.0' } }; return b; }, 'first.items[1].kb:anchor.previous.unitId: missing'],
    ['a link without destination', (b) => { item(b, 3)['body'] = []; return b; }, 'first.items[3].body: a link needs a SpecificResource body naming its destination unit'],
  ];

  it.each(cases)('%s', (_name, damage, expected) => {
    const text = JSON.stringify(damage(validBackup()));
    const problems = problemsOf(text);
    expect(problems.some((problem) => problem.startsWith(expected))).toBe(true);
    expect(() => parseBackupText(text)).toThrow(expected.slice(0, 30));
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseBackupText('{"@context": ')).toThrow(/This file is not a notes backup this app can import; nothing was changed\. the file: is not JSON/u);
  });

  it('says in plain terms why a file is refused: not JSON, from a newer app, or not a valid backup', () => {
    const rejectionOf = (text: string): [string, number] => {
      try {
        parseBackupText(text);
      } catch (error) {
        if (error instanceof BackupFormatError) return [error.rejection, error.issueCount];
      }
      throw new Error('not refused');
    };
    expect(rejectionOf('{"@context": ')).toEqual(['notJson', 1]);
    expect(rejectionOf(JSON.stringify({ ...validBackup(), 'kb:formatVersion': 7 }))).toEqual(['newerVersion', 1]);
    expect(rejectionOf(JSON.stringify({ notes: [] }))).toEqual(['invalid', 4]);
  });

  it('refuses JSON that is not an object', () => {
    expect(problemsOf('[1, 2]')).toEqual([': must be a JSON object (a W3C AnnotationCollection), not an array']);
  });

  it('reports every problem, not only the first', () => {
    const backup = validBackup();
    item(backup, 0)['kb:stance'] = 'against';
    item(backup, 2)['created'] = 'yesterday';
    const problems = problemsOf(JSON.stringify(backup));
    expect(problems).toHaveLength(2);
    expect(() => parseBackupText(JSON.stringify(backup))).toThrow(/first\.items\[0\]\.kb:stance.*; first\.items\[2\]\.created/u);
  });

  it.each([
    ['created', '2026-02-30T09:00:00Z', 'first.items[1].created: the date the note or link was made, 2026-02-30T09:00:00Z, does not exist: February 2026 has 28 days'],
    ['modified', '2017-04-31T09:00:00+08:00', 'first.items[1].modified: the date it was last changed, 2017-04-31T09:00:00+08:00, does not exist: April 2017 has 30 days'],
    ['kb:deletedAt', '2017-05-15T24:00:00Z', 'first.items[1].kb:deletedAt: the date it was deleted, 2017-05-15T24:00:00Z, does not exist: there is no hour 24 (hours are 00 to 23)'],
    ['created', '2023-02-29T00:00Z', 'first.items[1].created: the date the note or link was made, 2023-02-29T00:00Z, does not exist: February 2023 has 28 days'],
  ])('refuses an impossible %s (%s) instead of moving it to another day', (field, value, expected) => {
    const backup = validBackup();
    item(backup, 1)[field] = value;
    expect(problemsOf(JSON.stringify(backup))).toEqual([expected]);
  });

  it('accepts 29 February in a leap year', () => {
    const backup = validBackup();
    item(backup, 1)['created'] = '2024-02-29T23:59:59Z';
    item(backup, 1)['modified'] = '2024-02-29T23:59:59Z';
    const result = parseAnnotationCollection(backup);
    expect(result.ok).toBe(true);
  });

  it('accepts the valid backup, and an empty collection without a page', () => {
    expect(parseAnnotationCollection(validBackup()).ok).toBe(true);
    const empty = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', 'kb:formatVersion': 1, total: 0 };
    expect(parseAnnotationCollection(empty)).toEqual({ ok: true, content: { formatVersion: 1, notes: [], links: [] } });
  });

  it('ignores other selector types describing the same passage (W3C §4.2)', () => {
    const backup = validBackup();
    const target = item(backup, 0)['target'];
    if (typeof target !== 'object' || target === null || !('selector' in target) || !Array.isArray(target.selector)) throw new Error('no selector');
    target.selector.push({ type: 'XPathSelector', value: '/p[3]' });
    expect(parseAnnotationCollection(backup).ok).toBe(true);
  });
});
