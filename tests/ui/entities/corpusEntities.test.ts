import { describe, expect, it } from 'vitest';
import type { CorpusEntities } from '../../../renderer/src/core/entities/types';
import { corpusEntityData, providePrebuiltEntities } from '../../../renderer/src/ui/entities/corpusEntities';
import { bundledReport } from '../../fixtures/bundledCorpus';

describe('the corpus entity data in the renderer', () => {
  it('uses the entities the build extracted instead of extracting again', () => {
    const reports = [bundledReport()];
    const unit = reports[0]!.units.find((candidate) => candidate.number === '5.4')!;
    const prebuilt: CorpusEntities = {
      entities: [
        {
          id: 'organisation:only-in-the-build',
          kind: 'organisation',
          names: ['Build Org'],
          mentions: [{ reportId: unit.reportId, unitId: unit.id, unitNumber: '5.4', start: 0, end: 2, text: unit.text.slice(0, 2) }],
        },
      ],
      dates: [],
    };
    providePrebuiltEntities(reports, prebuilt);
    const data = corpusEntityData(reports);
    expect([...data.index.entityById.keys()]).toEqual(['organisation:only-in-the-build']);
    expect(data.activityByUnit.get(unit.id)?.organisations.map((ref) => ref.name)).toEqual(['Build Org']);
  });

  it('refuses a corpus loaded without its entities, rather than extracting them on the main thread', () => {
    expect(() => corpusEntityData([bundledReport()])).toThrow(/entities\.json/u);
  });
});
