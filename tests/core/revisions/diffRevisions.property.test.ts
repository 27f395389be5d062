/** Properties of the revision diff over arbitrary revisions made by random edits of a random report. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../renderer/src/core/report/types';
import { diffRevisions } from '../../../renderer/src/core/revisions/diffRevisions';
import { PARAGRAPH_BREAK, sideText } from '../../../renderer/src/core/revisions/inlineDiff';

// A small vocabulary, so that paragraphs share words and pair, split and merge in every way.
const englishWord = fc.constantFrom('Council', 'report', 'security', 'ITU-T', 'X.509', 'the', 'of', 'drills', '16', 'budget', 'Study', 'Group');
const chineseWord = fc.constantFrom('国际电联', '安全', '理事会', '报告', '网络', '第17研究组', '预算', '的', '。', '，');
const sentence = (language: 'en' | 'zh') =>
  fc.array(language === 'en' ? englishWord : chineseWord, { minLength: 1, maxLength: 12 }).map((words) => words.join(language === 'en' ? ' ' : ''));

type Edit =
  | { kind: 'keep' }
  | { kind: 'remove' }
  | { kind: 'rewrite'; text: string }
  | { kind: 'append'; text: string }
  | { kind: 'insertAfter'; text: string }
  | { kind: 'split' }
  | { kind: 'mergeNext' }
  | { kind: 'moveToEnd' };

const edit = (language: 'en' | 'zh'): fc.Arbitrary<Edit> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant<Edit>({ kind: 'keep' }) },
    fc.constant<Edit>({ kind: 'remove' }),
    sentence(language).map((text): Edit => ({ kind: 'rewrite', text })),
    sentence(language).map((text): Edit => ({ kind: 'append', text })),
    sentence(language).map((text): Edit => ({ kind: 'insertAfter', text })),
    fc.constant<Edit>({ kind: 'split' }),
    fc.constant<Edit>({ kind: 'mergeNext' }),
    fc.constant<Edit>({ kind: 'moveToEnd' }),
  );

function numbered(texts: readonly string[]): Unit[] {
  return texts.map((text, index) => ({ id: `r:${index + 1}`, reportId: 'r', number: String(index + 1), kind: 'paragraph', text, section: '1' }));
}

function applyEdits(texts: readonly string[], edits: readonly Edit[], language: 'en' | 'zh'): string[] {
  const out: string[] = [];
  const atEnd: string[] = [];
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index]!;
    const change = edits[index] ?? { kind: 'keep' };
    if (change.kind === 'keep') out.push(text);
    else if (change.kind === 'rewrite') out.push(change.text);
    else if (change.kind === 'append') out.push(`${text}${language === 'en' ? ' ' : ''}${change.text}`);
    else if (change.kind === 'insertAfter') out.push(text, change.text);
    else if (change.kind === 'moveToEnd') atEnd.push(text);
    else if (change.kind === 'split') {
      const middle = Math.floor(text.length / 2);
      out.push(...[text.slice(0, middle), text.slice(middle)].filter((part) => part !== ''));
    } else if (change.kind === 'mergeNext' && index + 1 < texts.length) {
      out.push(`${text}${language === 'en' ? ' ' : ''}${texts[index + 1]!}`);
      index += 1;
    } else if (change.kind === 'mergeNext') out.push(text);
  }
  return [...out, ...atEnd];
}

const revisionPair = fc.constantFrom<'en' | 'zh'>('en', 'zh').chain((language) =>
  fc.array(sentence(language), { minLength: 0, maxLength: 25 }).chain((texts) =>
    fc.array(edit(language), { minLength: texts.length, maxLength: texts.length }).map((edits) => ({
      language,
      before: numbered(texts),
      after: numbered(applyEdits(texts, edits, language)),
    })),
  ),
);

describe('diffRevisions properties', () => {
  it('finds a report unchanged against itself', () => {
    fc.assert(
      fc.property(revisionPair, ({ language, before }) => {
        const diff = diffRevisions({ units: before, language }, { units: before, language });
        expect(diff.changes.every((change) => change.kind === 'unchanged')).toBe(true);
        expect(diff.summary.unchanged).toBe(before.length);
      }),
    );
  });

  it('puts every old and every new unit in exactly one entry, each side in document order', () => {
    fc.assert(
      fc.property(revisionPair, ({ language, before, after }) => {
        const diff = diffRevisions({ units: before, language }, { units: after, language });
        const oldSeen = diff.changes.flatMap((change) => change.old);
        const newSeen = diff.changes.flatMap((change) => change.new);
        expect([...oldSeen].sort((a, b) => Number(a.number) - Number(b.number))).toEqual(before);
        expect(newSeen).toEqual(after);
      }),
    );
  });

  it('gives back both texts exactly from the inline segments', () => {
    fc.assert(
      fc.property(revisionPair, ({ language, before, after }) => {
        for (const change of diffRevisions({ units: before, language }, { units: after, language }).changes) {
          if (change.inline === undefined) continue;
          expect(sideText(change.inline, 'old')).toBe(change.old.map((unit) => unit.text).join(PARAGRAPH_BREAK));
          expect(sideText(change.inline, 'new')).toBe(change.new.map((unit) => unit.text).join(PARAGRAPH_BREAK));
        }
      }),
    );
  });

  it('gives the same answer for the same revisions', () => {
    fc.assert(
      fc.property(revisionPair, ({ language, before, after }) => {
        expect(diffRevisions({ units: before, language }, { units: after, language })).toEqual(
          diffRevisions({ units: [...before], language }, { units: [...after], language }),
        );
      }),
      { numRuns: 50 },
    );
  });
});
