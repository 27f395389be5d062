import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadGeneratedData } from '../../build/generatedData';
import { entitiesJsonPath } from '../../build/paths';
import { packEntities } from '../../renderer/src/core/entities/entitiesFile';
import { extractEntities } from '../../renderer/src/core/entities/extractEntities';

describe('the generated data files', () => {
  it('ship the entities extracted at build time, the same as extracting the shipped corpus now', async () => {
    const { corpus, entities } = await loadGeneratedData();
    const onDisk: unknown = JSON.parse(await readFile(entitiesJsonPath, 'utf8'));
    expect(onDisk).toEqual(packEntities(entities, corpus.reports));
    expect(entities).toEqual(JSON.parse(JSON.stringify(extractEntities(corpus.reports))));
    expect(entities.entities.map((entity) => entity.id)).toEqual(expect.arrayContaining(['organisation:enisa', 'study-group:itu-t-17', 'region:africa']));
  }, 60_000);
});
