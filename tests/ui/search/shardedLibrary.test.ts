/**
 * A library searched in two parts (shardedLibrary.ts), the second served as the shard worker
 * serves it (shardHost.ts) through structured-cloned messages in this thread: every answer is the
 * one a single index of the whole library gives (hits, scores, order, totals, facets and their
 * labels, section headings), before and after documents are imported, replaced and removed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import { withReportId } from '../../../renderer/src/core/library/keepBoth';
import type { LibraryDocument } from '../../../renderer/src/core/library/libraryDocument';
import { prepareLibraryDocument } from '../../../renderer/src/core/library/prepareDocument';
import type { Report } from '../../../renderer/src/core/report/types';
import { fetchSearchManifest } from '../../../renderer/src/ui/data/dataFiles';
import { LibraryIndex } from '../../../renderer/src/ui/search/libraryIndex';
import { libraryParts } from '../../../renderer/src/ui/search/libraryPart';
import { RemoteShard, type ShardPort } from '../../../renderer/src/ui/search/remoteShard';
import type { SearchRequest } from '../../../renderer/src/ui/search/searcher';
import { ShardedLibrary } from '../../../renderer/src/ui/search/shardedLibrary';
import { ShardHost } from '../../../renderer/src/ui/search/shardHost';
import type { FromShard, ToShard } from '../../../renderer/src/ui/search/shardProtocol';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { serveLibrary, type ServedLibrary } from '../../fixtures/servedLibrary';

let served: ServedLibrary;
let copies: LibraryDocument[];
let whole: LibraryIndex;
let sharded: ShardedLibrary;
let local: LibraryIndex;
let remote: RemoteShard;
let isRemoteLoaded: Promise<void>;

/** A shard worker in this thread: messages cloned as postMessage clones them, each delivered in a task of its own; `crash` stops it as a worker that dies. */
function partInThisThread(): { readonly port: ShardPort; crash(): void } {
  const listeners: Array<(event: MessageEvent<FromShard>) => void> = [];
  const errorListeners: Array<(event: ErrorEvent) => void> = [];
  let isCrashed = false;
  const host = new ShardHost((message) => {
    const data = structuredClone(message);
    setTimeout(() => {
      if (!isCrashed) listeners.forEach((listener) => listener({ data } as MessageEvent<FromShard>));
    }, 0);
  });
  const port = {
    postMessage: (message: ToShard) => {
      const data = structuredClone(message);
      setTimeout(() => {
        if (!isCrashed) host.receive(data);
      }, 0);
    },
    addEventListener: (type: 'message' | 'error', listener: (event: never) => void) => {
      if (type === 'message') listeners.push(listener as (event: MessageEvent<FromShard>) => void);
      else errorListeners.push(listener as (event: ErrorEvent) => void);
    },
  } as ShardPort;
  return {
    port,
    crash: () => {
      isCrashed = true;
      errorListeners.forEach((listener) => listener({ message: 'the worker crashed' } as ErrorEvent));
    },
  };
}

/** A report of the bundled one's with its paragraphs cut short: other lengths, other scores. */
function shortened(report: Report, id: string): Report {
  return { ...report, meta: { ...report.meta, id }, units: report.units.map((unit) => ({ ...unit, id: unit.id.replace(report.meta.id, id), reportId: id, text: unit.text.slice(0, Math.max(8, unit.text.length / 3)) })) };
}

beforeAll(async () => {
  const document = prepareLibraryDocument(bundledReport(), 'bundled');
  copies = Array.from({ length: Math.ceil(4_000 / document.report.units.length) }, (_, n) => withReportId(document, `copy-${n}`));
  const reports = [...copies.map((copy) => copy.report), shortened(document.report, 'short-0')];
  served = await serveLibrary('kb-sharded-library-test-', reports, extractEntities(reports));
  whole = await LibraryIndex.load(served.url);
  const manifest = await fetchSearchManifest(served.url);
  const parts = libraryParts(manifest, 0);
  expect(parts).toHaveLength(2);
  local = await LibraryIndex.openPart(served.url, manifest, parts[0]!);
  let loaded: () => void = () => undefined;
  isRemoteLoaded = new Promise((resolve) => (loaded = resolve));
  remote = new RemoteShard(partInThisThread().port, { type: 'open', baseUrl: served.url, manifest, part: parts[1]! }, {
    onState: () => undefined,
    onLoaded: () => loaded(),
    onFailed: (message) => {
      throw new Error(message);
    },
  });
  sharded = new ShardedLibrary(local, remote, manifest);
  remote.open();
  while (await local.loadNextSegment());
  local.reserveWorkingArrays();
  await local.prepareFacets();
  await isRemoteLoaded;
}, 120_000);

afterAll(() => served.close());

const queries = ['国际电联', 'ITU', 'ITU-T', 'SG-17', '网络安全', '信息 通信', '电', 'Council', 'C17/15', '2017', '发展中国家 能力建设', ''];
const requests: SearchRequest[] = [
  { limit: 20 },
  { limit: 100_000 },
  { limit: 5, facets: {} },
  { limit: 50, facets: { year: '2015' } },
  { limit: 50, facets: { organisation: 'organisation:enisa', section: '5' } },
  { limit: 20, reportIds: ['copy-1', 'copy-9', 'short-0'] },
];

async function expectSameAnswers(): Promise<void> {
  for (const query of queries) {
    for (const request of requests) {
      const expected = whole.search(query, request);
      const actual = await sharded.search(query, request);
      expect({ query, request, ...actual }).toEqual({ query, request, ...expected });
    }
  }
}

describe('a library searched in two parts', () => {
  test('holds its bundled segments in two halves, the second with the imported documents', () => {
    expect(local.state.searched).toBeGreaterThan(0);
    expect(remote.state?.searched).toBeGreaterThan(0);
    expect(local.state.searched + remote.state!.searched).toBe(copies.length + 1);
    expect(sharded.coverage).toEqual(whole.coverage);
    expect(local.isComplete && remote.isLoaded).toBe(true);
  });

  test('answers as one index of the whole library does', async () => {
    await expectSameAnswers();
    // Ties across the parts were met: a copy in each part scores alike (the whole gives them in unit order).
    const { hits } = await sharded.search('国际电联', { limit: 100_000 });
    const first = hits.find((hit) => hit.unit.reportId === 'copy-0')!;
    const last = hits.find((hit) => hit.unit.reportId === `copy-${copies.length - 1}` && hit.unit.number === first.unit.number)!;
    expect(last.score).toBe(first.score);
    expect(hits.indexOf(first)).toBeLessThan(hits.indexOf(last));
  }, 120_000);

  test('answers the same once both parts forget what earlier queries left (probes looked up, the last result)', async () => {
    const before = await sharded.search('电', { limit: 20 });
    await sharded.forgetQueries();
    expect(await sharded.search('电', { limit: 20 })).toEqual(before);
    expect(await sharded.search('电', { limit: 20 })).toEqual(whole.search('电', { limit: 20 }));
  });

  test('and still after documents are imported, a bundled one replaced in each part, and others removed', async () => {
    const imported = [withReportId(prepareLibraryDocument(shortened(bundledReport(), 'imported-a'), 'imported'), 'imported-a')];
    // copy-0 is in the first part, the last copy in the second: each replaced by a shorter text.
    const replacements = ['copy-0', `copy-${copies.length - 1}`].map((id) => prepareLibraryDocument(shortened(bundledReport(), id), 'imported'));
    for (const documents of [imported, replacements]) {
      whole.add(documents);
      await sharded.add(documents);
    }
    const removed = ['copy-2', `copy-${copies.length - 2}`, 'imported-a'];
    whole.remove(removed);
    await sharded.remove(removed);
    expect(sharded.coverage).toEqual(whole.coverage);
    await expectSameAnswers();
    // The second part's units first: the answer keeps the order asked in.
    const unitIds = [...copies[copies.length - 3]!.report.units, ...copies[3]!.report.units, ...replacements[1]!.report.units].map((unit) => unit.id);
    for (const selection of [{}, { year: '2015' }, { section: '5' }]) {
      expect(await sharded.unitsWithFacets(selection, unitIds)).toEqual(whole.unitsWithFacets(selection, unitIds));
    }
  }, 120_000);

  test('whose other part fails answers no more, at once, and says so', async () => {
    const manifest = await fetchSearchManifest(served.url);
    const [first, second] = libraryParts(manifest, 0);
    const failures: string[] = [];
    const part = partInThisThread();
    let ready: () => void = () => undefined;
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    const other = new RemoteShard(part.port, { type: 'open', baseUrl: served.url, manifest, part: second! }, {
      onState: () => ready(),
      onLoaded: () => undefined,
      onFailed: (message) => failures.push(message),
    });
    const library = new ShardedLibrary(await LibraryIndex.openPart(served.url, manifest, first!), other, manifest);
    other.open();
    await isReady;
    expect((await library.search('国际电联', { limit: 5 })).hits).toHaveLength(5);
    part.crash();
    expect(failures).toEqual(['the worker crashed']);
    await expect(library.search('国际电联', { limit: 5 })).rejects.toThrow('the worker crashed');
    await expect(library.add([prepareLibraryDocument(shortened(bundledReport(), 'after-crash'), 'imported')])).rejects.toThrow('the worker crashed');
  }, 60_000);

  test('takes documents added before the other part is opened into it once it is', async () => {
    const manifest = await fetchSearchManifest(served.url);
    const [first, second] = libraryParts(manifest, 0);
    const other = new RemoteShard(partInThisThread().port, { type: 'open', baseUrl: served.url, manifest, part: second! }, {
      onState: () => undefined,
      onLoaded: () => undefined,
      onFailed: (message) => {
        throw new Error(message);
      },
    });
    const library = new ShardedLibrary(await LibraryIndex.openPart(served.url, manifest, first!), other, manifest);
    const adding = library.add([prepareLibraryDocument(shortened(bundledReport(), 'early'), 'imported')]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(other.state).toBeNull();
    other.open();
    await adding;
    expect(other.state?.imported).toBe(1);
    expect((await library.search('国际电联', { limit: 5, reportIds: ['early'] })).total).toBeGreaterThan(0);
  }, 60_000);
});

test('a remote part is opened once, however often the search worker asks', async () => {
  const posted: string[] = [];
  const port: ShardPort = { postMessage: (message) => posted.push(message.type), addEventListener: () => undefined };
  const manifest = await fetchSearchManifest(served.url);
  const shard = new RemoteShard(port, { type: 'open', baseUrl: served.url, manifest, part: libraryParts(manifest, 0)[1]! }, {
    onState: () => undefined,
    onLoaded: () => undefined,
    onFailed: () => undefined,
  });
  shard.open();
  shard.open();
  expect(posted).toEqual(['open']);
});
