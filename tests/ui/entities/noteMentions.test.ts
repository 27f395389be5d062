/** The delegate's notes that mention an entity, found with the corpus's own extractor and aliases. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { OrganisationLexicon } from '../../../renderer/src/core/entities';
import type { Report } from '../../../renderer/src/core/report/types';
import { corpusOrganisations, notesMentioning } from '../../../renderer/src/ui/entities/noteMentions';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { at, makeNote, testUuid } from '../../core/notes/noteFixtures';

const reportId = 'c17-res130-zh';
let reports: Report[];
let organisations: OrganisationLexicon;

beforeAll(() => {
  reports = [bundledReport()];
  organisations = corpusOrganisations(reports);
});

const quoted = (exact: string) => ({ quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: [...exact].length } });

describe('notes mentioning an entity', () => {
  test('the acronym and the full Chinese name both find ENISA, in the body or the quote; newest first', () => {
    const notes = [
      makeNote({ id: testUuid(1), body: '与 ENISA 的合作值得跟进。', updatedAt: at(1) }),
      makeNote({ id: testUuid(2), body: '欧洲网络与信息安全署的论坛在索菲亚举行。', updatedAt: at(3) }),
      makeNote({
        id: testUuid(3),
        body: 'Ask about this.',
        target: { reportId, unitId: `${reportId}:5.4`, selector: quoted('与欧洲网络与信息安全署（ENISA）合作') },
        updatedAt: at(2),
      }),
      makeNote({ id: testUuid(4), body: 'Nothing about that agency here; INTERPOL instead.' }),
    ];
    const found = notesMentioning(notes, 'organisation:enisa', organisations);
    expect(found.map((entry) => entry.note.id)).toEqual([testUuid(2), testUuid(3), testUuid(1)]);
    expect(found[0]?.mentions).toEqual([{ field: 'body', text: notes[1]!.body, start: 0, end: '欧洲网络与信息安全署'.length }]);
    const inQuote = found[1]?.mentions ?? [];
    expect(inQuote.every((mention) => mention.field === 'quote')).toBe(true);
    expect(inQuote.map((mention) => mention.text.slice(mention.start, mention.end))).toContain('ENISA');
  });

  test('a body is shown as the delegate reads it, without its Markdown markers', () => {
    const notes = [makeNote({ id: testUuid(1), body: '**ENISA** 的 [论坛](https://example.org) 值得 _跟进_。' })];
    const [mention] = notesMentioning(notes, 'organisation:enisa', organisations)[0]?.mentions ?? [];
    expect(mention?.text).not.toMatch(/[*_[\]]/u);
    expect(mention?.text).toContain('论坛');
    expect(mention === undefined ? '' : mention.text.slice(mention.start, mention.end)).toBe('ENISA');
  });

  test('deleted notes and notes naming only other entities are left out', () => {
    const notes = [
      makeNote({ id: testUuid(1), body: 'ENISA', deletedAt: at(5) }),
      makeNote({ id: testUuid(2), body: '第17研究组 SG-17 在日内瓦开会' }),
    ];
    expect(notesMentioning(notes, 'organisation:enisa', organisations)).toEqual([]);
    expect(notesMentioning(notes, 'study-group:itu-t-17', organisations).map((entry) => entry.note.id)).toEqual([testUuid(2)]);
    expect(notesMentioning(notes, 'city:geneva', organisations)[0]?.mentions.map((mention) => mention.text.slice(mention.start, mention.end))).toEqual(['日内瓦']);
  });

  test('the lexicon is learned once per corpus', () => {
    expect(corpusOrganisations(reports)).toBe(organisations);
  });
});
