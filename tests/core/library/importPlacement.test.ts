import { describe, expect, it } from 'vitest';
import { placeImport, type PlacedEntry } from '../../../renderer/src/core/library/importPlacement';
import type { ReportMeta } from '../../../renderer/src/core/report/types';

function meta(id: string, fields: Partial<ReportMeta> = {}): ReportMeta {
  return { id, title: id, language: 'en', session: 2017, subject: 'Revisions', symbol: 'C17/18', ...fields };
}

function imported(id: string, fields: Partial<ReportMeta> = {}): PlacedEntry {
  return { meta: meta(id, fields), origin: 'imported' };
}

function bundled(id: string, fields: Partial<ReportMeta> = {}): PlacedEntry {
  return { meta: meta(id, fields), origin: 'bundled' };
}

/** The decision as [kind, id of the document it names]. */
function placed(newcomer: ReportMeta, entries: readonly PlacedEntry[]): [string, string | undefined] {
  const placement = placeImport(newcomer, entries);
  switch (placement.kind) {
    case 'new':
      return ['new', undefined];
    case 'same':
      return ['same', placement.existing.meta.id];
    case 'later-revision':
      return ['later-revision', placement.previous.meta.id];
    case 'earlier-revision':
      return ['earlier-revision', placement.current.meta.id];
  }
}

describe('placeImport', () => {
  const rev0 = imported('c17-18-en');
  const rev1 = imported('c17-18-rev1-en', { revision: 1 });

  it.each<[string, ReportMeta, readonly PlacedEntry[], [string, string | undefined]]>([
    ['Rev.1 after Rev.0: the new current revision, carried from Rev.0', meta('c17-18-rev1-en', { revision: 1 }), [rev0], ['later-revision', 'c17-18-en']],
    ['Rev.2 after Rev.0 and Rev.1: carried from Rev.1, the current one', meta('r2', { revision: 2 }), [rev0, rev1], ['later-revision', 'c17-18-rev1-en']],
    ['Rev.2 after Rev.1 listed before Rev.0: still from Rev.1', meta('r2', { revision: 2 }), [rev1, rev0], ['later-revision', 'c17-18-rev1-en']],
    ['Rev.1 of a bundled Rev.0', meta('r1', { revision: 1 }), [bundled('c17-18-en')], ['later-revision', 'c17-18-en']],
    ['Rev.0 after Rev.1: an older revision, Rev.1 stays current', meta('r0'), [rev1], ['earlier-revision', 'c17-18-rev1-en']],
    ['Rev.1 between Rev.0 and Rev.2: an older revision', meta('r1', { revision: 1 }), [rev0, imported('r2', { revision: 2 })], ['earlier-revision', 'r2']],
    ['Rev.0 again: the same document', meta('c17-18-en'), [rev0, rev1], ['same', 'c17-18-en']],
    ['Rev.1 again, symbol in another case: the same document', meta('x', { symbol: 'c17/18', revision: 1 }), [rev0, rev1], ['same', 'c17-18-rev1-en']],
    ['the same document imported and bundled: the imported copy is named', meta('x'), [bundled('b'), imported('i')], ['same', 'i']],
    ['another language: new', meta('c17-18-zh', { language: 'zh', revision: 1 }), [rev0], ['new', undefined]],
    ['another symbol: new', meta('c17-19-en', { symbol: 'C17/19', revision: 1 }), [rev0], ['new', undefined]],
    ['a corrigendum is its own document, not a revision', meta('corr1', { corrigendum: 1 }), [rev0], ['new', undefined]],
    ['an addendum is its own document, not a revision', meta('add1', { addendum: 1, revision: 1 }), [rev0], ['new', undefined]],
    ['no symbol, another id: new', meta('notes', { symbol: undefined, revision: 1 }), [imported('other', { symbol: undefined })], ['new', undefined]],
    ['no symbol, same id: the same document', meta('notes', { symbol: undefined }), [imported('notes', { symbol: undefined })], ['same', 'notes']],
    ['an empty library: new', meta('c17-18-en'), [], ['new', undefined]],
  ])('%s', (_case, newcomer, entries, expected) => {
    expect(placed(newcomer, entries)).toEqual(expected);
  });

  it.each<[string, ReportMeta, readonly PlacedEntry[], string[]]>([
    ['Rev.1 after Rev.0: from Rev.0', meta('r1', { revision: 1 }), [rev0], ['c17-18-en']],
    ['Rev.2 after Rev.1 listed before Rev.0: from Rev.0 (notes still waiting there) and Rev.1, oldest first', meta('r2', { revision: 2 }), [rev1, rev0], ['c17-18-en', 'c17-18-rev1-en']],
    [
      'Rev.3 after Rev.0, Rev.2 and a bundled Rev.1: every earlier revision',
      meta('r3', { revision: 3 }),
      [imported('r2', { revision: 2 }), rev0, bundled('b1', { revision: 1 }), imported('c17-19-en', { symbol: 'C17/19' })],
      ['c17-18-en', 'b1', 'r2'],
    ],
  ])('a later revision takes the notes of every earlier one: %s', (_case, newcomer, entries, expected) => {
    const placement = placeImport(newcomer, entries);
    expect(placement.kind === 'later-revision' ? placement.earlier.map((entry) => entry.meta.id) : placement.kind).toEqual(expected);
  });
});
