/**
 * A large library searched on two threads (libraryPart.ts says when): the search worker holds the
 * first part of its bundled segments, a shard worker (shardWorker.ts) the rest and the imported
 * documents. A query is searched as Elasticsearch's dfs_query_then_fetch searches shards
 * (core/search/shardedSearch.ts, which holds one thread's search over engines to one engine's
 * results): parsed once with every part's names, verified by both parts at once, each part's
 * matches ranked with the whole library's statistics, the best hits merged, a tie going to the
 * first part as one engine gives it to the lower unit number; facets' counts added up by value.
 * At 10,000 reports a broad query took 100 ms on one thread, 55 on two (Node).
 */
import { mergeRankedHits, shardNames, sumStatistics } from '../../core/search/shardedSearch';
import type { NameAliases } from '../../core/search/nameAliases';
import { parseQuery } from '../../core/search/queryModel';
import type { LibraryDocument } from '../../core/library/libraryDocument';
import type { SearchManifest } from '../../core/library/libraryFiles';
import type { FacetSelection } from '../entities/facetSelection';
import type { Facets } from '../entities/searchFacets';
import { mergeFacetLabels, sumFacets, type FacetLabels } from './facetSums';
import type { LibraryIndex } from './libraryIndex';
import { coverageOf, type PartRanked, type PartState, type PartVerified } from './libraryPart';
import type { RemoteShard } from './remoteShard';
import { sectionHeadingKey, type FacetedSearchResult, type SearchCoverage, type SearchRequest } from './searcher';

export class ShardedLibrary {
  /** The names queries are parsed with, for the parts' name groups they were made of. */
  private names: {
    readonly groups: ReadonlyArray<ReadonlyArray<readonly string[]>>;
    /** Their lengths then: a local part's list grows in place as segments bring names. */
    readonly lengths: readonly number[];
    readonly aliases: NameAliases;
  } | null = null;
  /** Each part's facet labels as it last gave them (a part gives them again once its facets are made again). */
  private readonly labels: Array<FacetLabels | undefined> = [];
  private hasRemoteFacets = false;

  constructor(
    private readonly local: LibraryIndex,
    private readonly remote: RemoteShard,
    private readonly manifest: SearchManifest,
  ) {}

  /** The parts searched now: the remote one once its first segment is in. */
  private states(): PartState[] {
    return this.remote.state === null ? [this.local.state] : [this.local.state, this.remote.state];
  }

  get coverage(): SearchCoverage {
    return coverageOf(this.manifest, this.states());
  }

  get hasFacets(): boolean {
    return this.local.hasFacets && (this.hasRemoteFacets || this.remote.isLoaded);
  }

  async loadFacets(): Promise<void> {
    await Promise.all([this.local.loadFacets(), this.remote.request({ type: 'loadFacets' })]);
    this.hasRemoteFacets = true;
  }

  async search(raw: string, request: SearchRequest): Promise<FacetedSearchResult> {
    const isRemoteSearched = this.remote.state !== null;
    const query = parseQuery(raw, this.nameAliases());
    // Sent first: the remote part verifies while this thread verifies the local one.
    const remoteVerified = isRemoteSearched ? this.remote.request({ type: 'verify', query, request }) : null;
    const localVerified = this.local.verify(query, request);
    const verified: PartVerified[] = remoteVerified === null ? [localVerified] : [localVerified, await remoteVerified];
    const collection = sumStatistics(verified.map((part) => part.statistics));
    const remoteRanked = isRemoteSearched ? this.remote.request({ type: 'rank', collection, limit: request.limit }) : null;
    const localRanked = this.local.rank(collection, request.limit);
    const ranked: PartRanked[] = remoteRanked === null ? [localRanked] : [localRanked, await remoteRanked];
    const hits = mergeRankedHits(
      ranked.map((part) => part.hits),
      request.limit,
    );
    // The parts' headings of the hits that were kept.
    const headings = Object.assign({}, ...ranked.map((part) => part.sectionHeadings)) as Record<string, string>;
    const sectionHeadings: Record<string, string> = {};
    for (const { unit } of hits) {
      if (unit.section === undefined) continue;
      const key = sectionHeadingKey(unit.reportId, unit.section);
      const heading = headings[key];
      if (heading !== undefined) sectionHeadings[key] = heading;
    }
    const coverage = this.coverage;
    return {
      hits,
      total: verified.reduce((sum, part) => sum + part.total, 0),
      ...(request.facets === undefined ? {} : { facets: this.facetsOf(verified) }),
      sectionHeadings,
      ...(coverage.searched < coverage.total ? { coverage } : {}),
    };
  }

  /** The facets of the parts' matches added up, labelled as the whole library labels them (facetSums.ts). */
  private facetsOf(verified: readonly PartVerified[]): Facets {
    verified.forEach((part, p) => {
      if (part.facetLabels !== undefined) this.labels[p] = part.facetLabels;
    });
    const labels = mergeFacetLabels(this.labels.filter((part): part is FacetLabels => part !== undefined));
    return sumFacets(
      verified.flatMap((part) => (part.facets === undefined ? [] : [part.facets])),
      labels,
    );
  }

  /** Every part's names together, made again when a part brings new name groups. */
  private nameAliases(): NameAliases {
    const groups = this.states().map((state) => state.nameGroups);
    const made = this.names;
    if (made !== null && made.groups.length === groups.length && groups.every((list, p) => list === made.groups[p] && list.length === made.lengths[p])) return made.aliases;
    const aliases = shardNames(groups);
    this.names = { groups, lengths: groups.map((list) => list.length), aliases };
    return aliases;
  }

  /** The given units that have every selected value, in either part. */
  async unitsWithFacets(selection: FacetSelection, unitIds: readonly string[]): Promise<string[]> {
    const remote = this.remote.request({ type: 'unitsWithFacets', selection, unitIds });
    const kept = new Set([...this.local.unitsWithFacets(selection, unitIds), ...(await remote)]);
    return unitIds.filter((unitId) => kept.has(unitId));
  }

  /** Drops what the last queries left in both parts (LibraryIndex.forgetQueries). */
  async forgetQueries(): Promise<void> {
    const remote = this.remote.request({ type: 'forgetQueries' });
    this.local.forgetQueries();
    await remote;
  }

  /** Imported documents go to the remote part; the local one takes out the bundled ones they replace. */
  async add(documents: readonly LibraryDocument[]): Promise<void> {
    const remote = this.remote.request({ type: 'addDocuments', documents });
    this.local.add(documents);
    this.remote.state = await remote;
  }

  async remove(reportIds: readonly string[]): Promise<void> {
    const remote = this.remote.request({ type: 'removeDocuments', reportIds });
    this.local.remove(reportIds);
    this.remote.state = await remote;
  }
}
