/**
 * `kb activities [--json] [--library DIR]`: one row per summary paragraph, paragraph, table or resolution clause of the bundled corpus (or of a
 * library folder's documents) with its dates, places and partner organisations. With --json, stdout is
 * `[{report, unit, dates: [{start, end}], places, organisations}]`: ISO dates, unit the number as
 * printed, places (countries and cities; the app also shows ITU regions) and organisations the
 * entities' canonical names.
 */
import { pathToFileURL } from 'node:url';
import { buildActivities } from '../../renderer/src/core/entities/activities';
import { buildEntityIndex } from '../../renderer/src/core/entities/entityIndex';
import { isContractKind } from '../../renderer/src/core/entities/types';
import { parseCorpusFlags } from './corpusFlags';
import { loadCorpusEntities } from './entities';

/** Runs the command with its arguments (after `activities`). */
export async function run(args: string[]): Promise<void> {
  const { asJson, library } = parseCorpusFlags(args);
  const { corpus, extracted } = await loadCorpusEntities(library);
  const unitIds = corpus.reports.flatMap((report) => report.units.map((unit) => unit.id));
  const rows = buildActivities(corpus.reports, buildEntityIndex(extracted, unitIds));
  if (asJson) {
    const printed = rows.map((row) => ({
      report: row.reportId,
      unit: row.unitNumber,
      dates: row.dates.map(({ start, end }) => ({ start, end })),
      places: row.places.filter((place) => isContractKind(place.kind)).map((place) => place.name),
      organisations: row.organisations.map((organisation) => organisation.name),
    }));
    process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
    return;
  }
  const lines = rows.map((row) =>
    [
      `${row.reportId} ${row.unitNumber}`,
      row.section?.title ?? '',
      row.dates.map((date) => (date.start === date.end ? date.start : `${date.start}..${date.end}`)).join(', '),
      row.places.map((place) => place.name).join(', '),
      row.organisations.map((organisation) => organisation.name).join(', '),
    ].join('\t'),
  );
  process.stdout.write(`${['unit\tsection\tdates\tplaces\torganisations', ...lines].join('\n')}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run(process.argv.slice(2));
