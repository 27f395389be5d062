/**
 * `kb entities [--json] [--library DIR]`: every entity of the bundled corpus (or of a library
 * folder's documents) with its mentions. With --json,
 * stdout is `[{id, kind, names, mentions: [{report, unit, start, end}]}]`, unit being the number
 * as printed and start/end UTF-16 offsets into the unit's exact text. The JSON keeps to the
 * contract's kinds: ITU regions, which the app adds, are listed only in the text output.
 */
import { pathToFileURL } from 'node:url';
import { type CorpusEntities, isContractKind } from '../../renderer/src/core/entities/types';
import type { Corpus } from '../../renderer/src/core/report/types';
import { loadCorpusLibrary } from '../library/corpusLibrary';
import { parseCorpusFlags } from './corpusFlags';

/** The library's reports and their entities: the bundled corpus as the build extracted them for the app, or a library folder's. */
export async function loadCorpusEntities(library: string | undefined): Promise<{ corpus: Corpus; extracted: CorpusEntities }> {
  const { corpus, entities } = await loadCorpusLibrary(library);
  return { corpus, extracted: entities };
}

/** Runs the command with its arguments (after `entities`). */
export async function run(args: string[]): Promise<void> {
  const { asJson, library } = parseCorpusFlags(args);
  const { extracted } = await loadCorpusEntities(library);
  if (asJson) {
    const entities = extracted.entities.filter((entity) => isContractKind(entity.kind)).map((entity) => ({
      id: entity.id,
      kind: entity.kind,
      names: entity.names,
      mentions: entity.mentions.map((mention) => ({ report: mention.reportId, unit: mention.unitNumber, start: mention.start, end: mention.end })),
    }));
    process.stdout.write(`${JSON.stringify(entities, null, 2)}\n`);
    return;
  }
  const lines = extracted.entities.map((entity) => {
    const units = [...new Set(entity.mentions.map((mention) => mention.unitNumber))].join(' ');
    return `${entity.id}\t${entity.names.slice(0, 3).join(' | ')}\t${entity.mentions.length} mention(s) in ${units}`;
  });
  process.stdout.write(`${[`${extracted.entities.length} entities`, ...lines].join('\n')}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run(process.argv.slice(2));
