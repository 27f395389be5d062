/**
 * A synthetic corpus for benchmarks, labelled as such: reports made by reshuffling the
 * clauses of the bundled report, each unit carrying one invented rare name (shared by a few
 * units) so that some queries have few hits.
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

const latinSyllables = ['zor', 'vak', 'el', 'qui', 'tra', 'mun', 'dex', 'ori', 'bal', 'kes', 'yth', 'pol', 'ur', 'nav', 'ist', 'gro'];
// Characters absent from the bundled report, so a name's hits are only the units that carry it.
const rareHan = '鳐鳕鲸鲲鹞鹳麂麋貘貔鼋鼍犀兕夔蛟螭鸾鹓鸑鷟鹔鹴鹈鹕鸬鹚鹧鸪鸲鹆鹡鸰鹪鹩鸺鹠'.split('');

function inventName(random: () => number, n: number): string {
  if (n % 2 === 0) {
    const pick = (): string => rareHan[Math.floor(random() * rareHan.length)]!;
    return `${pick()}${pick()}${pick()}${pick()}`;
  }
  let name = '';
  for (let i = 0; i < 3; i++) name += latinSyllables[Math.floor(random() * latinSyllables.length)]!;
  return `${name[0]!.toUpperCase()}${name.slice(1)}${n}`;
}

export interface SyntheticCorpus {
  readonly reports: readonly Report[];
  readonly units: readonly Unit[];
  /** The invented names, each carried by a few units. */
  readonly rareNames: readonly string[];
  readonly characters: number;
}

/** Builds `reportCount` synthetic reports of about `unitsPerReport` units each. */
export function makeSyntheticCorpus(source: Report, reportCount = 1000, unitsPerReport = 50, seed = 130): SyntheticCorpus {
  const random = seededRandom(seed);
  const clauses = source.units
    .flatMap((unit) => unit.text.split(/(?<=[，。；：、])/u))
    .map((clause) => clause.replace(/[，。；：、]$/u, ''))
    .filter((clause) => clause.length >= 4);
  const unitsPerName = 3;
  const nameCount = Math.ceil((reportCount * unitsPerReport) / unitsPerName);
  const rareNames = Array.from({ length: nameCount }, (_, n) => inventName(random, n));
  const reports: Report[] = [];
  const units: Unit[] = [];
  let characters = 0;
  let unitNumber = 0;
  for (let r = 0; r < reportCount; r++) {
    const reportId = `synthetic-${r}`;
    const reportUnits: Unit[] = [];
    for (let u = 0; u < unitsPerReport; u++) {
      const parts = Array.from({ length: 3 + Math.floor(random() * 4) }, () => clauses[Math.floor(random() * clauses.length)]!);
      parts.splice(Math.floor(random() * parts.length), 0, rareNames[Math.floor(unitNumber / unitsPerName)]!);
      unitNumber++;
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
  return { reports, units, rareNames, characters };
}
