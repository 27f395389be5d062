/**
 * One search over several engines (shards), each holding consecutive parts of one collection, as
 * if one engine held it all: the same hits, scores and order. At 10,000 reports a broad query is
 * bounded by verifying its candidates on one thread (ITU: 360,000 units, about 100 ms in Node);
 * engines on two threads each verify their half. The steps are Elasticsearch's
 * dfs_query_then_fetch: the query parsed once with every shard's names, each shard verifies it
 * (its first pass, which counts the statistics), the statistics are added up, each shard ranks its
 * matches with the collection's, and the shards' best hits are merged.
 *
 * searchShards runs those steps in one thread, the definition a property test holds to one engine;
 * the app runs the same steps across two workers, with messages between them, each engine where it
 * lives (ui/search/shardedLibrary.ts).
 */
import { nameAliasesOf, type NameAliases } from './nameAliases';
import { parseQuery, type ParsedQuery } from './queryModel';
import type { CollectionStatistics, SegmentedSearchEngine } from './searchEngine';
import type { SearchHit, SearchOptions, SearchResult } from './types';

/** Every shard's names together (a group several shards hold adds nothing twice): a query must be parsed alike in every shard. */
export function shardNames(groupLists: ReadonlyArray<ReadonlyArray<readonly string[]>>): NameAliases {
  return nameAliasesOf(groupLists.flat());
}

/** The collection's statistics: its shards' added up (each counted over its own live units). */
export function sumStatistics(parts: readonly CollectionStatistics[]): CollectionStatistics {
  const clauseCount = Math.max(0, ...parts.map((part) => part.documentFrequency.length));
  return {
    unitCount: parts.reduce((sum, part) => sum + part.unitCount, 0),
    totalLength: parts.reduce((sum, part) => sum + part.totalLength, 0),
    documentFrequency: Array.from({ length: clauseCount }, (_, c) => parts.reduce((sum, part) => sum + (part.documentFrequency[c] ?? 0), 0)),
  };
}

/**
 * The best `limit` hits (all when absent) of shards' ranked lists, given in collection order:
 * by score, a tie going to the earlier shard, as one engine gives it to the lower unit number.
 */
export function mergeRankedHits(lists: ReadonlyArray<readonly SearchHit[]>, limit?: number): SearchHit[] {
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  const size = Math.min(total, limit ?? total);
  const next = lists.map(() => 0);
  const merged: SearchHit[] = [];
  while (merged.length < size) {
    let best = -1;
    lists.forEach((list, s) => {
      const hit = list[next[s]!];
      if (hit !== undefined && (best === -1 || hit.score > lists[best]![next[best]!]!.score)) best = s;
    });
    merged.push(lists[best]![next[best]!]!);
    next[best]!++;
  }
  return merged;
}

/** A query over every shard, parsed once with all their names. */
export function searchShards(shards: readonly SegmentedSearchEngine[], raw: string, options: SearchOptions = {}): SearchResult {
  const query: ParsedQuery = parseQuery(raw, shardNames(shards.map((shard) => shard.nameGroups)));
  const verified = shards.map((shard) => shard.verify(query, options));
  const collection = sumStatistics(verified.map((part) => part.statistics));
  const ranked = shards.map((shard, s) => shard.rank(verified[s]!, collection, options.limit));
  return { hits: mergeRankedHits(ranked.map((result) => result.hits), options.limit), total: ranked.reduce((sum, result) => sum + result.total, 0) };
}
