/**
 * The briefing builder where no worker can start (Node has no Worker, as a locked-down shell
 * might not): it builds on the page and gives exactly what the exporter gives.
 */
import { describe, expect, test } from 'vitest';
import { buildBriefing, type BriefingInput } from '../../../renderer/src/core/export';
import { createBriefingBuilder } from '../../../renderer/src/ui/export/briefingBuilder';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { EXPORTED_AT, noteOn } from '../../core/export/exportFixtures';

describe('createBriefingBuilder without workers', () => {
  test('falls back to building on the page, with the exporter’s own result', async () => {
    expect(typeof Reflect.get(globalThis, 'Worker')).toBe('undefined');
    const input: BriefingInput = {
      reports: [bundledReport()],
      notes: [noteOn('4.3', { body: '要点', tags: ['网络安全'], passage: '网络演练' })],
      links: [],
      scope: { kind: 'tag', tag: '网络安全' },
      options: { lang: 'zh', quoteMode: 'passage', exportedAt: EXPORTED_AT },
    };
    const builder = createBriefingBuilder();
    const briefing = await builder.build(input);
    builder.dispose();
    expect(briefing).toEqual(buildBriefing(input));
    expect(briefing?.noteCount).toBe(1);
  });
});
