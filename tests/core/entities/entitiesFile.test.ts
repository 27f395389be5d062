import { describe, expect, it } from 'vitest';
import { EntitiesFileError, isEntitiesFile, packEntities, unpackEntities, type EntitiesFile } from '../../../renderer/src/core/entities/entitiesFile';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { reportOf } from './entityFixtures';

describe('the entities file', () => {
  const reports = [bundledReport(), reportOf(['Workshops in Kenya with ENISA on 27-28 July 2016.'], 'r-en')];
  const extracted = extractEntities(reports);

  it('reads back exactly what was extracted, across reports', () => {
    const file = packEntities(extracted, reports);
    expect(isEntitiesFile(JSON.parse(JSON.stringify(file)))).toBe(true);
    expect(unpackEntities(JSON.parse(JSON.stringify(file)), reports)).toEqual(extracted);
  });

  it('is smaller than the mentions written out in full', () => {
    expect(JSON.stringify(packEntities(extracted, reports)).length).toBeLessThan(JSON.stringify(extracted).length * 0.7);
  });

  it('refuses another format or shape', () => {
    expect(isEntitiesFile({ entities: [], dates: [] })).toBe(false);
    expect(isEntitiesFile({ format: 'kb-entities/1', entities: 'none', dates: [] })).toBe(false);
  });

  it('refuses a file built for another corpus, naming the mention', () => {
    const file = packEntities(extracted, reports);
    const tooFar: EntitiesFile = { ...file, entities: [{ ...file.entities[0]!, mentions: [9999, 0, 1] }] };
    expect(() => unpackEntities(tooFar, reports)).toThrow(EntitiesFileError);
    const pastTheText: EntitiesFile = { ...file, entities: [{ ...file.entities[0]!, mentions: [0, 0, 100_000] }] };
    expect(() => unpackEntities(pastTheText, reports)).toThrow(/does not fit the corpus/u);
    const notTriples: EntitiesFile = { ...file, entities: [{ ...file.entities[0]!, mentions: [0, 1] }] };
    expect(() => unpackEntities(notTriples, reports)).toThrow(/not triples/u);
  });
});
