/**
 * `kb entities [--json]`: every entity of the bundled corpus with its mentions. With --json,
 * stdout is `[{id, kind, names, mentions: [{report, unit, start, end}]}]`, unit being the number
 * as printed and start/end UTF-16 offsets into the unit's exact text. The JSON keeps to the
 * contract's kinds: ITU regions, which the app adds, are listed only in the text output.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type CorpusEntities, isContractKind } from '../../renderer/src/core/entities/types';
import type { Corpus } from '../../renderer/src/core/report/types';
import { loadGeneratedData } from '../generatedData';

/** The corpus the app ships and its entities, as the build extracted them for the app. */
export async function loadCorpusEntities(): Promise<{ corpus: Corpus; extracted: CorpusEntities }> {
  const { corpus, entities } = await loadGeneratedData();
  return { corpus, extracted: entities };
}

/** Reads `--json`; any other option or argument is a usage error (a TypeError with a code, as node:util throws). */
export function parseJsonFlag(args: string[]): boolean {
  const { values } = parseArgs({ args, allowPositionals: false, options: { json: { type: 'boolean', default: false } } });
  return values.json;
}

/** Runs the command with its arguments (after `entities`). */
export async function run(args: string[]): Promise<void> {
  const asJson = parseJsonFlag(args);
  const { extracted } = await loadCorpusEntities();
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
