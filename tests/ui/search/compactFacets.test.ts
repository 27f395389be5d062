/**
 * The search worker's facets (facets.json and the compact index) against the plain definition over
 * the whole corpus's entity data (corpusEntityData + searchFacets.ts), on real fixture documents:
 * the same counts, labels, order and units, for the bundled library and for one with documents
 * imported, one replacing a bundled document and one removed.
 */
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import { facetKinds } from '../../../renderer/src/core/entities/facetKinds';
import { packEntities } from '../../../renderer/src/core/entities/entitiesFile';
import type { CorpusEntities, Entity } from '../../../renderer/src/core/entities/types';
import { facetTable, readFacetsFile } from '../../../renderer/src/core/library/facetsFile';
import { corpusUnitFacets } from '../../../renderer/src/core/entities/unitFacets';
import type { LibraryDocument } from '../../../renderer/src/core/library/libraryDocument';
import { isLibraryFile } from '../../../renderer/src/core/library/libraryFiles';
import { prepareLibraryDocument } from '../../../renderer/src/core/library/prepareDocument';
import type { Report } from '../../../renderer/src/core/report/types';
import { LibraryParts } from '../../../renderer/src/ui/data/libraryParts';
import { corpusEntityData, providePrebuiltEntities } from '../../../renderer/src/ui/entities/corpusEntities';
import type { FacetSelection } from '../../../renderer/src/ui/entities/facetSelection';
import type { Facets } from '../../../renderer/src/ui/entities/searchFacets';
import { buildFacetIndex, countFacets, unitsWithSelection, type FacetIndex } from '../../fixtures/plainFacets';
import { IndexedUnit } from '../../../renderer/src/core/search/indexedUnit';
import { CompactFacetIndex, type FacetNumbering, type FacetUnit } from '../../../renderer/src/ui/search/compactFacets';
import { facetRun, libraryFacetIndex } from '../../../renderer/src/ui/search/facetedSearch';
import { LibraryIndex } from '../../../renderer/src/ui/search/libraryIndex';
import { bundledReport, unitsOf } from '../../fixtures/bundledCorpus';
import { serveLibrary, type ServedLibrary } from '../../fixtures/servedLibrary';
import { importedFixture } from '../../fixtures/libraryDocuments';
import { versionReports } from '../../fixtures/versionsCorpus';

let served: ServedLibrary;
let bundled: Report[];
let bundledEntities: CorpusEntities;
/** Imported: two documents, a bundled version imported again (it replaces the bundled one) and one removed afterwards. */
let imported: LibraryDocument[];
let removedId: string;

beforeAll(async () => {
  bundled = [bundledReport(), ...versionReports(), importedFixture('council/c17-99-en.txt').document.report, importedFixture('pdf-text/c18-33-en.txt').document.report];
  bundledEntities = extractEntities(bundled);
  served = await serveLibrary('kb-facets-test-', bundled, bundledEntities);
  const frenchVersion = bundled.find((report) => report.meta.id.endsWith('-fr') && report.meta.id.startsWith('c17-77'));
  if (frenchVersion === undefined) throw new Error('no French version among the fixtures');
  const wtdc = importedFixture('conference/wtdc21-12-fr.txt').document;
  removedId = wtdc.report.meta.id;
  imported = [
    importedFixture('council/c18-33-zh.txt').document,
    wtdc,
    importedFixture('pdf-text/c18-40-ar.txt').document,
    prepareLibraryDocument(frenchVersion, 'imported'),
  ];
}, 120_000);

afterAll(() => served.close());

interface Library {
  readonly parts: LibraryParts;
  /** The plain definition's index over the library's corpus. */
  readonly plain: FacetIndex;
  readonly compact: CompactFacetIndex;
  /** Every unit id the library ever had, and one it never had. */
  readonly unitIds: readonly string[];
  /** The units with these ids as the search index gives them to the facets. */
  readonly units: (unitIds: readonly string[]) => FacetUnit[];
}

/**
 * The units of these reports as the search index gives them to the facets, by id (the first
 * report given with the id wins: give the ones the library shows first); an id of none of them
 * is a unit of no report the library has.
 */
function facetUnits(reports: readonly Report[]): (unitIds: readonly string[]) => FacetUnit[] {
  const byId = new Map<string, FacetUnit>();
  for (const report of reports) for (const unit of IndexedUnit.of(report.units)) if (!byId.has(unit.id)) byId.set(unit.id, unit);
  return (unitIds) =>
    unitIds.map((unitId) => {
      const [reportId = '', number = ''] = unitId.split(':');
      return byId.get(unitId) ?? { reportId, number, ordinal: 0 };
    });
}

/** The library with these changes, as both definitions see it; the compact one reads the facets file the build wrote. */
function libraryWith(change: (parts: LibraryParts) => void): Library {
  const parts = new LibraryParts(new Set(bundled.map((report) => report.meta.id)));
  change(parts);
  const corpus = parts.corpus({ reports: bundled, entities: bundledEntities });
  providePrebuiltEntities(corpus.reports, corpus.entities);
  const plain = buildFacetIndex(corpusEntityData(corpus.reports));
  const bundledUnits = bundled.flatMap((report) => report.units);
  const library: unknown = JSON.parse(readFileSync(path.join(served.root, 'library.json'), 'utf8'));
  if (!isLibraryFile(library)) throw new Error('the build wrote no library');
  const table = readFacetsFile(JSON.parse(readFileSync(path.join(served.root, library.facets), 'utf8')), bundledUnits.length);
  const compact = libraryFacetIndex(facetRun(table, bundledUnits), bundledUnits, parts, new WeakMap());
  const unitIds = [...bundledUnits, ...imported.flatMap((document) => document.report.units)].map((unit) => unit.id);
  return { parts, plain, compact, unitIds: [...new Set(unitIds), 'nowhere:1'], units: facetUnits(corpus.reports) };
}

/** The compact index's counts of these units, given to it one at a time as the engine gives its matches. */
function compactCount(compact: CompactFacetIndex, units: readonly FacetUnit[], selection: FacetSelection): Facets {
  const counting = compact.facetCounting(selection, numberingOf(units));
  for (let n = 0; n < units.length; n++) counting.add(n);
  return counting.facets();
}

/** These units numbered in order, as an engine numbers its units. */
function numberingOf(units: readonly FacetUnit[]): FacetNumbering {
  return { count: units.length, unitAt: (n) => units[n]! };
}

const libraries: Record<string, () => Library> = {
  'the bundled library': () => libraryWith(() => undefined),
  'a library with documents imported, replaced and removed': () =>
    libraryWith((parts) => {
      parts.add(imported);
      parts.remove([removedId]);
    }),
};

/** A selection of values the library has (or a value it has not), by facet. */
function selections(plain: FacetIndex): fc.Arbitrary<FacetSelection> {
  return fc.record(
    Object.fromEntries(facetKinds.map((kind) => [kind, fc.option(fc.constantFrom(...plain.labels[kind].keys(), 'nothing'), { nil: undefined, freq: 2 })])),
    { requiredKeys: [] },
  );
}

describe.each(Object.keys(libraries))('compact facets on %s', (name) => {
  let library: Library;
  beforeAll(() => {
    library = libraries[name]!();
  });

  test('every unit counted: the same values, labels, counts and order as the plain definition', () => {
    const live = library.plain.unitIds;
    const facets = compactCount(library.compact, library.units(live), {});
    expect(facets).toEqual(countFacets(library.plain, live, {}));
    // Real values: six languages, organisations, countries, years and sections to tell apart.
    expect(facetKinds.every((kind) => facets[kind].length > 0)).toBe(true);
  });

  test('any units in any order under any selection: the same facets and the same units as the plain definition', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...library.unitIds), { maxLength: 400 }), selections(library.plain), (unitIds, selection) => {
        expect(compactCount(library.compact, library.units(unitIds), selection)).toEqual(countFacets(library.plain, unitIds, selection));
        const isPassing = new Set(unitsWithSelection(library.plain, selection));
        const keeps = library.compact.selectionFilter(selection, numberingOf(library.units(library.unitIds)));
        expect(library.unitIds.filter((_, n) => keeps(n))).toEqual(library.unitIds.filter((unitId) => isPassing.has(unitId)));
        expect(library.compact.unitsWithFacets(selection, unitIds)).toEqual(unitIds.filter((unitId) => isPassing.has(unitId)));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the library index (the page fallback) over the files the build wrote', () => {
  test('reads the search manifest and the facets file, never library.json or the entities', async () => {
    const realFetch = globalThis.fetch;
    const fetched: string[] = [];
    globalThis.fetch = (input, init) => {
      fetched.push(new URL(String(input instanceof Request ? input.url : input)).pathname);
      return realFetch(input, init);
    };
    try {
      const index = await LibraryIndex.load(served.url);
      index.search('ITU', { facets: {} });
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(fetched.filter((file) => !file.startsWith('/search/segment-'))).toEqual(['/search/manifest.json', '/facets.json']);
  });

  test('answers faceted searches as the plain definition does, after documents are imported, replaced and removed', async () => {
    const index = await LibraryIndex.load(served.url);
    index.add(imported);
    index.remove([removedId]);
    const { plain } = libraries['a library with documents imported, replaced and removed']!();
    const expectPlainFacets = (): void => {
      for (const query of ['ITU', 'Sofia', '网络安全', 'cyber', '2016']) {
        const matched = index.search(query, { limit: 100_000 }).hits.map((hit) => hit.unit.id);
        expect(matched.length).toBeGreaterThan(0);
        const byValue = (values: ReadonlyArray<{ value: string }>): string[] => values.map((value) => JSON.stringify(value)).sort();
        const facets = index.search(query, { facets: {} }).facets;
        const expected = countFacets(plain, matched, {});
        for (const kind of facetKinds) expect(byValue(facets?.[kind] ?? [])).toEqual(byValue(expected[kind]));
      }
    };
    expectPlainFacets();
    // The replaced bundled version and the removed document are not counted.
    const french = index.search('Sofia', { facets: { language: 'fr' }, limit: 100 });
    expect(new Set(french.hits.map((hit) => hit.unit.reportId)).size).toBe(1);
    // Merging drops the masked units and renumbers the others: the facets follow the units, not their old numbers.
    let merges = 0;
    while (index.mergeStep()) merges++;
    expect(merges).toBeGreaterThan(0);
    expectPlainFacets();
    expect(index.search('Sofia', { facets: { language: 'fr' }, limit: 100 }).hits.map((hit) => hit.unit.id)).toEqual(french.hits.map((hit) => hit.unit.id));
    expect(index.unitsWithFacets({ language: 'fr' }, plain.unitIds).some((unitId) => unitId.startsWith(`${removedId}:`))).toBe(false);
  }, 60_000);

  test('refuses a damaged facets file, naming it', async () => {
    const damaged = await serveLibrary('kb-facets-damaged-', bundled, bundledEntities);
    try {
      writeFileSync(path.join(damaged.root, 'facets.json'), JSON.stringify({ format: 'kb-facets/1', units: 3, columns: {} }));
      await expect(LibraryIndex.load(damaged.url)).rejects.toThrow(/^facets\.json: describes 3 units, the library has \d+/);
    } finally {
      await damaged.close();
    }
  }, 60_000);
});

describe('labels of a value named differently by the bundled corpus and an imported document', () => {
  /** A report of one paragraph per text, each under its own section. */
  const reportOf = (id: string, texts: readonly string[]): Report => ({
    meta: { id, title: id, language: 'en', session: 2017, subject: 'test' },
    units: unitsOf(texts, id),
    warnings: [],
  });
  const entity = (id: string, names: string[], report: Report, unit: number, extra: Partial<Entity> = {}): Entity => {
    const at = report.units[unit]!;
    return {
      id,
      kind: id.startsWith('city:') ? 'city' : id.startsWith('country:') ? 'country' : 'organisation',
      names,
      ...extra,
      mentions: [{ reportId: report.meta.id, unitId: at.id, unitNumber: at.number, start: 0, end: names[0]!.length, text: names[0]! }],
    };
  };
  const first = reportOf('first', ['Foo Agency works', 'Suisse hosts', 'Other']);
  const second = reportOf('second', ['Bar Agency works', 'Geneva hosts']);
  const firstEntities: CorpusEntities = {
    entities: [entity('organisation:foo', ['Foo Agency'], first, 0), entity('country:CH', ['Suisse'], first, 1)],
    dates: [],
  };
  const secondEntities: CorpusEntities = {
    entities: [entity('organisation:foo', ['Bar Agency'], second, 0), entity('city:geneva', ['Geneva'], second, 1, { country: 'CH' })],
    dates: [],
  };
  const document: LibraryDocument = { ...prepareLibraryDocument(second, 'imported'), entities: packEntities(secondEntities, [second]) };

  test.each([
    ['shown', [] as string[], ['Foo Agency']],
    ['replaced by another of its id, added after', ['first'], ['Bar Agency']],
  ])('while the bundled document is %s, each value has the label the merged entities give it', (_name, replaced, organisations) => {
    const parts = new LibraryParts(new Set(['first']));
    parts.add(replaced.length === 0 ? [document] : [document, { ...document, report: { ...first, units: first.units }, entities: packEntities(firstEntities, [first]) }]);
    const corpus = parts.corpus({ reports: [first], entities: firstEntities });
    providePrebuiltEntities(corpus.reports, corpus.entities);
    const plain = buildFacetIndex(corpusEntityData(corpus.reports));
    const compact = libraryFacetIndex(facetRun(facetTable(corpusUnitFacets([first], firstEntities)), first.units), first.units, parts, new WeakMap());
    const facets = compactCount(compact, facetUnits(corpus.reports)(plain.unitIds), {});
    expect(facets).toEqual(countFacets(plain, plain.unitIds, {}));
    expect(facets.organisation.map((value) => value.label)).toEqual(organisations);
    // Geneva's country is named by the document that has Switzerland's entity, not the country list.
    expect(facets.country.map((value) => value.label)).toEqual(['Suisse']);
  });
});

describe('a library of many facet values', () => {
  // Counting without a selection reads every facet's values from one list, in an array as narrow
  // as the library's number of values allows: past 256 and past 65,536 values it widens.
  test.each([300, 70_000])('each of %i sections and the one shared year counted for the units that have them', (sectionCount) => {
    const report = 'many';
    const units = Array.from({ length: sectionCount }, (_, n) => ({ reportId: report, number: String(n + 1) }));
    const unitFacets = units.map((_, n) => ({
      language: new Map([['en', 'English']]),
      organisation: new Map<string, string>(),
      country: new Map<string, string>(),
      year: new Map([['2017', '2017']]),
      section: new Map([[String(n + 1), `Section ${n + 1}`]]),
    }));
    const compact = new CompactFacetIndex([facetRun(facetTable(unitFacets), units)]);
    const counted = [0, 1, sectionCount - 2, sectionCount - 1].map((ordinal) => ({ ...units[ordinal]!, ordinal }));
    const facets = compactCount(compact, counted, {});
    expect(facets.section).toEqual(counted.map((unit) => ({ value: unit.number, label: `Section ${unit.number}`, count: 1 })).sort((a, b) => a.value.localeCompare(b.value, 'en', { numeric: true })));
    expect(facets.year).toEqual([{ value: '2017', label: '2017', count: 4 }]);
    expect(facets.language).toEqual([{ value: 'en', label: 'English', count: 4 }]);
  });
});
