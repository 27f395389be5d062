/**
 * A synthetic corpus for benchmarks, labelled as such: reports made by reshuffling the
 * clauses of the bundled report, each unit carrying one invented rare name (shared by a few
 * units) so that some queries have few hits.
 *
 * A corpus larger than one block of `blockReports` distinct reports is copies of that block,
 * each with its own report and unit ids and its own invented names. Every name of a script has
 * the same length, so a copy's text differs from the block's only inside the names and every
 * entity and date sits at the same offsets: syntheticEntities.ts derives a copy's entities
 * from the block's instead of extracting 10,000 reports again (tens of minutes, gigabytes).
 */
import type { Report, Unit } from '../../renderer/src/core/report/types';

/** A small deterministic PRNG (mulberry32), so every run measures the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Distinct reports in a block; a larger corpus repeats the block's clauses with other names. */
export const blockReports = 1_000;

// Syllables of three letters and numbers of seven digits: every Latin name is 16 characters long.
const latinSyllables = ['zor', 'vak', 'elm', 'qui', 'tra', 'mun', 'dex', 'ori', 'bal', 'kes', 'yth', 'pol', 'urd', 'nav', 'ist', 'gro'];
// Characters absent from the bundled report, so a name's hits are only the units that carry it.
const rareHan = '鳐鳕鲸鲲鹞鹳麂麋貘貔鼋鼍犀兕夔蛟螭鸾鹓鸑鷟鹔鹴鹈鹕鸬鹚鹧鸪鸲鹆鹡鸰鹪鹩鸺鹠'.split('');
const unitsPerName = 3;

/** Name `n` of the corpus, written in Han when `isHan` (the name's place in its block decides, so copies keep each name's length). */
function inventName(random: () => number, isHan: boolean, n: number): string {
  if (isHan) {
    const pick = (): string => rareHan[Math.floor(random() * rareHan.length)]!;
    return `${pick()}${pick()}${pick()}${pick()}`;
  }
  let name = '';
  for (let i = 0; i < 3; i++) name += latinSyllables[Math.floor(random() * latinSyllables.length)]!;
  return `${name[0]!.toUpperCase()}${name.slice(1)}${String(n).padStart(7, '0')}`;
}

export interface SyntheticCorpus {
  readonly reports: readonly Report[];
  readonly units: readonly Unit[];
  /** The invented names, each carried by a few units. */
  readonly rareNames: readonly string[];
  readonly characters: number;
  /** Distinct reports: report `r` has the clauses of report `r % blockSize`, only its names differ. */
  readonly blockSize: number;
}

/** One unit's clauses, and where among them its name goes. */
interface UnitLayout {
  readonly clauses: readonly string[];
  readonly namePosition: number;
}

/** Builds `reportCount` synthetic reports of `unitsPerReport` units each, copies of the first `distinctReports`. */
export function makeSyntheticCorpus(source: Report, reportCount = 1000, unitsPerReport = 50, seed = 130, distinctReports = blockReports): SyntheticCorpus {
  const random = seededRandom(seed);
  const clauses = source.units
    .flatMap((unit) => unit.text.split(/(?<=[，。；：、])/u))
    .map((clause) => clause.replace(/[，。；：、]$/u, ''))
    .filter((clause) => clause.length >= 4);
  const blockSize = Math.min(reportCount, distinctReports);
  const layouts = Array.from({ length: blockSize * unitsPerReport }, (): UnitLayout => {
    const parts = Array.from({ length: 3 + Math.floor(random() * 4) }, () => clauses[Math.floor(random() * clauses.length)]!);
    return { clauses: parts, namePosition: Math.floor(random() * parts.length) };
  });
  const namesPerBlock = Math.ceil(layouts.length / unitsPerName);
  const nameRandom = seededRandom(seed + 1);
  const rareNames: string[] = [];
  const reports: Report[] = [];
  const units: Unit[] = [];
  let characters = 0;
  for (let r = 0; r < reportCount; r++) {
    const reportId = `synthetic-${r}`;
    const copy = Math.floor(r / blockSize);
    const reportUnits: Unit[] = [];
    for (let u = 0; u < unitsPerReport; u++) {
      const slot = (r % blockSize) * unitsPerReport + u;
      const layout = layouts[slot]!;
      const nameInBlock = Math.floor(slot / unitsPerName);
      const n = copy * namesPerBlock + nameInBlock;
      if (rareNames.length === n) rareNames.push(inventName(nameRandom, nameInBlock % 2 === 0, n));
      const parts = [...layout.clauses];
      parts.splice(layout.namePosition, 0, rareNames[n]!);
      const section = String(1 + Math.floor(u / 8));
      const number = `${section}.${1 + (u % 8)}`;
      const text = `${parts.join('，')}。`;
      characters += text.length;
      reportUnits.push({ id: `${reportId}:${number}`, reportId, number, kind: 'paragraph', text, section });
    }
    units.push(...reportUnits);
    reports.push({
      meta: { id: reportId, title: `Synthetic report ${r}`, language: 'zh', session: 2017, subject: 'synthetic' },
      units: reportUnits,
      warnings: [],
    });
  }
  return { reports, units, rareNames, characters, blockSize };
}
