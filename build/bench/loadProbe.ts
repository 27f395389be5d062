/**
 * Run in a fresh process by the benchmark: loads a serialised corpus and index the way the
 * app does at start-up and reports the time and the heap it then holds.
 * Usage: node --expose-gc --import tsx build/bench/loadProbe.ts <units.json> <index.json> [plain]
 * With `plain`, the index is lunr's default serialisation, loaded with lunr.Index.load alone.
 */
import { readFileSync } from 'node:fs';
import lunr from 'lunr';
import type { Unit } from '../../renderer/src/core/report/types';
import { loadSearchEngine } from '../../renderer/src/core/search/searchEngine';

const [unitsPath, indexPath, mode] = process.argv.slice(2);
if (!unitsPath || !indexPath || typeof globalThis.gc !== 'function') {
  throw new Error('usage: node --expose-gc --import tsx loadProbe.ts <units.json> <index.json>');
}
const unitsText = readFileSync(unitsPath, 'utf8');
const indexText = readFileSync(indexPath, 'utf8');
const units: Unit[] = JSON.parse(unitsText);
globalThis.gc();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const loaded = mode === 'plain' ? lunr.Index.load(JSON.parse(indexText)) : loadSearchEngine(units, JSON.parse(indexText));
const loadMs = performance.now() - started;
globalThis.gc();
const heapAfter = process.memoryUsage().heapUsed;
process.stdout.write(
  JSON.stringify({ loadMs, heapIndexBytes: heapAfter - heapBefore, heapTotalBytes: heapAfter, isLoaded: loaded !== undefined }),
);
