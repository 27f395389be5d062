/**
 * The benchmark's synthetic library (build/bench/syntheticCorpus.ts, syntheticEntities.ts): a
 * corpus larger than one block is copies of the block with their own ids and invented names,
 * and the entities derived from the block's are those extraction finds in every copy, so the
 * 10,000-report figures measure the files the real build would write for that corpus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makeSyntheticCorpus } from '../../build/bench/syntheticCorpus';
import { syntheticEntities } from '../../build/bench/syntheticEntities';
import { readCorpusSources } from '../../build/corpusSources';
import { extractEntities } from '../../renderer/src/core/entities/extractEntities';
import type { Report } from '../../renderer/src/core/report/types';

let source: Report;
beforeAll(async () => {
  source = (await readCorpusSources()).reports[0]!;
});

describe('synthetic corpus', () => {
  it('is the same corpus on every run', () => {
    expect(makeSyntheticCorpus(source, 6, 10, 7, 2)).toEqual(makeSyntheticCorpus(source, 6, 10, 7, 2));
  });

  it('repeats its block with other ids and other names of the same length', () => {
    const corpus = makeSyntheticCorpus(source, 6, 10, 7, 2);
    expect(corpus.blockSize).toBe(2);
    expect(new Set(corpus.units.map((unit) => unit.id)).size).toBe(60);
    expect(new Set(corpus.rareNames).size).toBe(corpus.rareNames.length);
    const blockUnits = corpus.units.slice(0, 20);
    for (const copy of [1, 2]) {
      const copyUnits = corpus.units.slice(copy * 20, copy * 20 + 20);
      expect(copyUnits.map((unit) => unit.text)).not.toEqual(blockUnits.map((unit) => unit.text));
      expect(copyUnits.map((unit) => unit.text.length)).toEqual(blockUnits.map((unit) => unit.text.length));
    }
    // Every unit carries exactly one invented name, and a copy's names are its own.
    const namesIn = (text: string): string[] => corpus.rareNames.filter((name) => text.includes(name));
    expect(corpus.units.map((unit) => namesIn(unit.text).length)).toEqual(corpus.units.map(() => 1));
    expect(namesIn(corpus.units[0]!.text)).not.toEqual(namesIn(corpus.units[20]!.text));
  });

  it('holds distinct reports up to the block size', () => {
    const corpus = makeSyntheticCorpus(source, 3, 10, 7, 5);
    expect(corpus.blockSize).toBe(3);
    expect(new Set(corpus.units.map((unit) => unit.text)).size).toBe(30);
  });
});

describe('synthetic entities', () => {
  it('are what extraction finds in every copy, in the same order', () => {
    const corpus = makeSyntheticCorpus(source, 16, 50, 130, 4);
    expect(syntheticEntities(corpus)).toEqual(extractEntities(corpus.reports));
  });

  it('stop at the end of a last, partial copy', () => {
    const corpus = makeSyntheticCorpus(source, 6, 50, 130, 4);
    const { entities, dates } = syntheticEntities(corpus);
    const units = new Set(corpus.units.map((unit) => unit.id));
    expect(entities.flatMap((entity) => entity.mentions).every((mention) => units.has(mention.unitId))).toBe(true);
    expect(dates.every((date) => units.has(date.mention.unitId))).toBe(true);
    expect(dates.length).toBe(extractEntities(corpus.reports).dates.length);
  });
});
