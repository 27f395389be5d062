import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSelector } from '../../../renderer/src/core/notes/anchor';
import { parseAnnotationCollection } from '../../../renderer/src/core/notes/parseAnnotationCollection';
import { normalizeTags } from '../../../renderer/src/core/notes/tags';
import { STANCES, type Link, type Note } from '../../../renderer/src/core/notes/types';
import {
  ANNOTATION_CONTEXT,
  BACKUP_FORMAT_VERSION,
  KB_NAMESPACE,
  toAnnotationCollection,
} from '../../../renderer/src/core/notes/webAnnotation';
import { at, makeLink, makeNote, rangeOf, realUnit, testUuid } from './noteFixtures';

const stamp = { collectionId: testUuid(900), pageId: testUuid(901), generated: at(60) };
const unit = realUnit('4.3');
const passageNote = makeNote({
  id: testUuid(1),
  target: { reportId: unit.reportId, unitId: unit.id, selector: makeSelector(unit.text, rangeOf(unit.text, '16次网络演练')) },
  body: '**Ask** the secretariat for the list.',
  tags: ['exercises', 'CIRT'],
  stance: 'question',
  createdAt: at(1),
  updatedAt: at(2),
});
const paragraphNote = makeNote({ id: testUuid(2), target: { reportId: unit.reportId, unitId: unit.id }, body: '', tags: [], deletedAt: at(3), updatedAt: at(3) });
const link = makeLink({ id: testUuid(3), from: { kind: 'note', noteId: testUuid(1) }, to: { reportId: unit.reportId, unitId: 'c17-res130-zh:4.5' }, label: 'Nepal' });

describe('the backup as a W3C Web Annotation collection', () => {
  const json = JSON.parse(JSON.stringify(toAnnotationCollection([passageNote, paragraphNote], [link], stamp)));

  it('is an AnnotationCollection with the anno.jsonld context, our namespace and format version, and one embedded page', () => {
    expect(json['@context']).toEqual([ANNOTATION_CONTEXT, { kb: KB_NAMESPACE }]);
    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json).toMatchObject({
      id: `urn:uuid:${testUuid(900)}`,
      type: 'AnnotationCollection',
      'kb:formatVersion': BACKUP_FORMAT_VERSION,
      total: 3,
      first: { id: `urn:uuid:${testUuid(901)}`, type: 'AnnotationPage', startIndex: 0 },
    });
    expect(json.first.items).toHaveLength(3);
  });

  it('writes a passage note with quote and position selectors, a Markdown body and tagging bodies', () => {
    expect(json.first.items[0]).toEqual({
      id: `urn:uuid:${testUuid(1)}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: at(1),
      modified: at(2),
      body: [
        { type: 'TextualBody', value: '**Ask** the secretariat for the list.', format: 'text/markdown', purpose: 'commenting' },
        { type: 'TextualBody', value: 'exercises', purpose: 'tagging' },
        { type: 'TextualBody', value: 'CIRT', purpose: 'tagging' },
      ],
      target: {
        type: 'SpecificResource',
        source: 'c17-res130-zh:4.3',
        selector: [
          { type: 'TextQuoteSelector', exact: '16次网络演练', prefix: passageNote.target.selector?.quote.prefix, suffix: passageNote.target.selector?.quote.suffix },
          { type: 'TextPositionSelector', start: passageNote.target.selector?.position.start, end: passageNote.target.selector?.position.end },
        ],
      },
      'kb:stance': 'question',
    });
  });

  it('writes a whole-paragraph note without selectors, and its deletion as kb:deletedAt', () => {
    const item = json.first.items[1];
    expect(item.target).toEqual({ type: 'SpecificResource', source: 'c17-res130-zh:4.3' });
    expect(item.motivation).toBe('highlighting');
    expect(item['kb:deletedAt']).toBe(at(3));
    expect(item.body).toEqual([]);
    expect(item['kb:stance']).toBeUndefined();
  });

  it('writes a link as a linking annotation from the note to the unit, labelled', () => {
    expect(json.first.items[2]).toEqual({
      id: `urn:uuid:${testUuid(3)}`,
      type: 'Annotation',
      motivation: 'linking',
      created: at(0),
      modified: at(0),
      body: [
        { type: 'SpecificResource', source: 'c17-res130-zh:4.5', purpose: 'linking' },
        { type: 'TextualBody', value: 'Nepal', purpose: 'describing' },
      ],
      target: { type: 'SpecificResource', source: `urn:uuid:${testUuid(1)}` },
    });
  });

  it('reads back exactly what it wrote', () => {
    const result = parseAnnotationCollection(json);
    expect(result).toEqual({ ok: true, content: { formatVersion: 1, notes: [passageNote, paragraphNote], links: [link] } });
  });
});

describe('round trip property', () => {
  const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 });
  const iso = fc.integer({ min: 0, max: 10_000_000 }).map(at);
  const passage = text.chain((value) =>
    fc.tuple(fc.nat({ max: value.length - 1 }), fc.nat({ max: value.length - 1 })).map(([a, b]) => makeSelector(value, { start: Math.min(a, b), end: Math.max(a, b) + 1 })),
  );
  const unitId = fc.tuple(fc.constantFrom('c17-res130-zh', 'r-2', 'x'), fc.constantFrom('title', 'summary.1', '4', '4.3')).map(([report, number]) => ({ reportId: report, unitId: `${report}:${number}` }));
  const note: fc.Arbitrary<Note> = fc
    .record({
      id: fc.uuid(),
      unit: unitId,
      selector: fc.option(passage, { nil: undefined }),
      body: fc.string({ unit: 'grapheme', maxLength: 80 }),
      tags: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 4 }).map(normalizeTags),
      stance: fc.option(fc.constantFrom(...STANCES), { nil: null }),
      anchor: fc.constantFrom<Note['anchor']>({ status: 'anchored' }, { status: 'orphaned' }, { status: 'moved', fromUnitId: 'r-2:4', originalQuote: '原文' }),
      createdAt: iso,
      updatedAt: iso,
      deletedAt: fc.option(iso, { nil: null }),
    })
    .map(({ unit, selector, id, ...rest }) => ({
      id: id.toLowerCase(),
      target: { ...unit, ...(selector === undefined ? {} : { selector }) },
      ...rest,
    }));
  const link: fc.Arbitrary<Link> = fc.record({
    id: fc.uuid().map((id) => id.toLowerCase()),
    from: fc.oneof(
      unitId.map((unit) => ({ kind: 'unit' as const, ...unit })),
      fc.uuid().map((noteId) => ({ kind: 'note' as const, noteId: noteId.toLowerCase() })),
    ),
    to: unitId,
    label: fc.string({ maxLength: 20 }),
    createdAt: iso,
    updatedAt: iso,
    deletedAt: fc.option(iso, { nil: null }),
  });

  it('export then parse gives back arbitrary notes and links', () => {
    fc.assert(
      fc.property(fc.uniqueArray(note, { selector: (n) => n.id, maxLength: 8 }), fc.uniqueArray(link, { selector: (l) => l.id, maxLength: 4 }), (notes, links) => {
        const linkIds = new Set(links.map((l) => l.id));
        const distinctNotes = notes.filter((n) => !linkIds.has(n.id));
        const json: unknown = JSON.parse(JSON.stringify(toAnnotationCollection(distinctNotes, links, stamp)));
        expect(parseAnnotationCollection(json)).toEqual({ ok: true, content: { formatVersion: 1, notes: distinctNotes, links } });
      }),
    );
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseAnnotationCollection(value);
        expect(result.ok).toBe(false);
      }),
    );
  });
});
