/**
 * The knowledge base store over real library files (written by the build's writer into a temporary
 * folder, served by the app's web server), with search in the page (no worker in Node).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import type { LibraryDocument } from '../../../renderer/src/core/library/libraryDocument';
import { prepareLibraryDocument } from '../../../renderer/src/core/library/prepareDocument';
import { createKnowledgeBaseStore, type KnowledgeBaseStore } from '../../../renderer/src/ui/data/knowledgeBaseStore';
import type { KnowledgeBase } from '../../../renderer/src/ui/data/knowledgeBase';
import { corpusEntityData } from '../../../renderer/src/ui/entities/corpusEntities';
import { startPageSearcher } from '../../../renderer/src/ui/search/pageSearcher';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { importedFixture } from '../../fixtures/libraryDocuments';
import { serveLibrary, type ServedLibrary } from '../../fixtures/servedLibrary';

let served: ServedLibrary;
const requested: string[] = [];

beforeAll(async () => {
  const reports = [bundledReport()];
  served = await serveLibrary('kb-store-test-', reports, extractEntities(reports));
}, 60_000);

afterAll(() => served.close());

/** A store over the served files, counting what it fetched; search runs in the page. */
function storeWith(imported: readonly LibraryDocument[] = [], readLibraryAfter?: () => Promise<void>): KnowledgeBaseStore {
  const realFetch = globalThis.fetch;
  const counting: typeof fetch = (input, init) => {
    requested.push(new URL(String(input instanceof Request ? input.url : input)).pathname);
    return realFetch(input, init);
  };
  globalThis.fetch = counting;
  return createKnowledgeBaseStore(served.url, {
    importedDocuments: () => Promise.resolve(imported),
    ...(readLibraryAfter === undefined ? {} : { readLibraryAfter }),
    startSearcher: (baseUrl) => {
      const started = startPageSearcher(baseUrl);
      return {
        searcher: {
          runsIn: 'page',
          // The page searches the whole index from the start.
          coverage: () => ({ searched: 0, total: 0 }),
          subscribeCoverage: () => () => undefined,
          search: async (...args) => (await started).search(...args),
          unitsWithFacets: async (...args) => (await started).unitsWithFacets(...args),
          addDocuments: async (documents) => (await started).addDocuments(documents),
          removeDocuments: async (reportIds) => (await started).removeDocuments(reportIds),
          expectSearch: () => undefined,
        },
        ready: started.then(() => undefined),
      };
    },
  });
}

function ready(store: KnowledgeBaseStore): Promise<KnowledgeBase> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const state = store.getState();
      if (state.status === 'ready') resolve(state.knowledgeBase);
      else if (state.status === 'failed') reject(new Error(state.message));
      return state.status !== 'loading';
    };
    if (check()) return;
    const unsubscribe = store.subscribe(() => {
      if (check()) unsubscribe();
    });
  });
}

const bundledId = () => bundledReport().meta.id;

describe('the knowledge base store', () => {
  it('shows the library from library.json alone, and fetches a report when it is opened', async () => {
    requested.length = 0;
    const store = storeWith();
    const knowledgeBase = await ready(store);
    expect(knowledgeBase.documents.map((entry) => entry.meta.id)).toEqual([bundledId()]);
    expect(knowledgeBase.documents[0]!.units).toBe(bundledReport().units.length);
    expect(knowledgeBase.corpus).toBeNull();
    expect(knowledgeBase.reportById.size).toBe(0);
    // The in-page searcher (the worker, in the app) reads its own files: the search manifest, the segments and the facets.
    const pageRequests = new Set(requested.filter((file) => !file.startsWith('/search/') && file !== '/facets.json' && file !== '/entities.json'));
    expect([...pageRequests]).toEqual(['/library.json']);

    const report = await store.loadReport(bundledId());
    expect(report.units).toEqual(bundledReport().units);
    const after = store.getState();
    expect(after.status === 'ready' && after.knowledgeBase.reportById.get(bundledId())).toEqual(report);
    // Opening a report leaves the library's list as it was: the library page is not rendered again.
    expect(after.status === 'ready' && after.knowledgeBase.documents).toBe(knowledgeBase.documents);
    await expect(store.loadReport('no-such-report')).rejects.toThrow(/no-such-report/u);
  });

  it('fetches library.json at once but reads it only when told (after the first render), then shows the library', async () => {
    requested.length = 0;
    let release: () => void = () => undefined;
    const rendered = new Promise<void>((resolve) => (release = resolve));
    const store = storeWith([], () => rendered);
    // The page's request for library.json is made at once.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requested).toContain('/library.json');
    // Everything else may load meanwhile (the searcher's segments): the page's library waits.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(store.getState().status).toBe('loading');
    release();
    const knowledgeBase = await ready(store);
    expect(knowledgeBase.documents.map((entry) => entry.meta.id)).toEqual([bundledId()]);
  });

  it('names the section of each hit with the results, so that no report is fetched to show them', async () => {
    const store = storeWith();
    const knowledgeBase = await ready(store);
    requested.length = 0;
    const found = await knowledgeBase.searcher.search('box', '技术', { limit: 100 });
    const sectioned = found?.hits.filter((hit) => hit.unit.section !== undefined) ?? [];
    expect(sectioned.length).toBeGreaterThan(0);
    const headings = new Map(bundledReport().units.filter((unit) => unit.kind === 'section').map((unit) => [unit.number, unit.text]));
    for (const hit of sectioned) {
      expect(found?.sectionHeadings?.[`${hit.unit.reportId}:${hit.unit.section}`]).toBe(headings.get(hit.unit.section!));
    }
    expect(requested.filter((file) => file.startsWith('/reports/'))).toEqual([]);
  });

  it('names the sections of imported documents, and those of the document that replaced a bundled one', async () => {
    const store = storeWith();
    const knowledgeBase = await ready(store);
    const { document } = importedFixture('council/c17-60-en.txt');
    const importedHeadings = new Map(document.report.units.filter((unit) => unit.kind === 'section').map((unit) => [unit.number, unit.text]));
    const sectioned = document.report.units.find((unit) => unit.kind === 'paragraph' && unit.section !== undefined && importedHeadings.has(unit.section))!;
    const word = sectioned.text.split(/\s+/u).find((token) => token.length > 8)!;
    await store.addDocuments([document]);
    const found = await knowledgeBase.searcher.search('box', word, { limit: 100 });
    const ownHits = found?.hits.filter((hit) => hit.unit.reportId === document.report.meta.id && hit.unit.section !== undefined) ?? [];
    expect(ownHits.length).toBeGreaterThan(0);
    for (const hit of ownHits) {
      expect(found?.sectionHeadings?.[`${hit.unit.reportId}:${hit.unit.section}`]).toBe(importedHeadings.get(hit.unit.section!));
    }

    // The bundled report replaced by a document with the same id whose headings differ.
    const bundled = bundledReport();
    const units = bundled.units.map((unit) => (unit.kind === 'section' ? { ...unit, text: `${unit.text}（修订）` } : unit));
    await store.addDocuments([prepareLibraryDocument({ ...bundled, units }, 'imported')]);
    const replaced = await knowledgeBase.searcher.search('box', '技术', { limit: 100 });
    const bundledHits = replaced?.hits.filter((hit) => hit.unit.reportId === bundledId() && hit.unit.section !== undefined) ?? [];
    expect(bundledHits.length).toBeGreaterThan(0);
    for (const hit of bundledHits) {
      expect(replaced?.sectionHeadings?.[`${hit.unit.reportId}:${hit.unit.section}`]).toMatch(/（修订）$/u);
    }
  });

  it('adds documents: the library, the reader, the entities and search see them; removing takes them out of all four', async () => {
    const store = storeWith();
    const knowledgeBase = await ready(store);
    const { document } = importedFixture('council/c17-60-en.txt');
    const id = document.report.meta.id;
    const word = document.report.units.find((unit) => unit.kind === 'paragraph')!.text.split(/\s+/u).find((token) => token.length > 8)!;

    await store.addDocuments([document]);
    let state = store.getState();
    if (state.status !== 'ready') throw new Error('not ready');
    expect(state.knowledgeBase.documents.map((entry) => entry.meta.id)).toEqual([bundledId(), id]);
    expect(state.knowledgeBase.documentById.get(id)?.origin).toBe('imported');
    expect(await store.loadReport(id)).toBe(document.report);
    const corpus = await store.loadCorpus();
    expect(corpus.reports.map((report) => report.meta.id)).toEqual([bundledId(), id]);
    const genevaMentions = corpusEntityData(corpus.reports).index.entityById.get('city:geneva')?.mentions ?? [];
    expect(new Set(genevaMentions.map((mention) => mention.reportId))).toEqual(new Set([bundledId(), id]));
    const found = await knowledgeBase.searcher.search('box', word, { limit: 50 });
    expect(found?.hits.some((hit) => hit.unit.reportId === id)).toBe(true);

    await store.removeDocuments([id]);
    state = store.getState();
    if (state.status !== 'ready') throw new Error('not ready');
    expect(state.knowledgeBase.documents.map((entry) => entry.meta.id)).toEqual([bundledId()]);
    expect(state.knowledgeBase.corpus?.reports.map((report) => report.meta.id)).toEqual([bundledId()]);
    expect(state.knowledgeBase.reportById.has(id)).toBe(false);
    const after = await knowledgeBase.searcher.search('box', word, { limit: 50 });
    expect(after?.hits.some((hit) => hit.unit.reportId === id)).toBe(false);
    await expect(store.loadReport(id)).rejects.toThrow();

    // Undo: the same document added again is back everywhere.
    await store.addDocuments([document]);
    const again = await knowledgeBase.searcher.search('box', word, { limit: 50 });
    expect(again?.hits.some((hit) => hit.unit.reportId === id)).toBe(true);
  });

  it('starts with the documents imported earlier (read from the database)', async () => {
    const { document } = importedFixture('council/c17-60-en.txt', '2026-12-01T10:00:00.000Z');
    const store = storeWith([document]);
    const knowledgeBase = await ready(store);
    expect(knowledgeBase.documents.map((entry) => entry.meta.id)).toEqual([bundledId(), document.report.meta.id]);
    expect(knowledgeBase.documentById.get(document.report.meta.id)?.addedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(knowledgeBase.reportById.get(document.report.meta.id)).toBe(document.report);
  });
});
