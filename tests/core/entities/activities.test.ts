import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../build/paths';
import { buildActivities } from '../../../renderer/src/core/entities/activities';
import { buildEntityIndex } from '../../../renderer/src/core/entities/entityIndex';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import { parseReportFile } from '../../../renderer/src/core/report/parseReport';
import type { ActivityRow } from '../../../renderer/src/core/entities/types';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { bundledEntities } from './entityFixtures';

const report = bundledReport();
const rows = buildActivities([report], buildEntityIndex(bundledEntities(), report.units.map((unit) => unit.id)));

function row(number: string): ActivityRow {
  const found = rows.find((candidate) => candidate.unitNumber === number);
  if (found === undefined) throw new Error(`no row ${number}`);
  return found;
}

const names = (refs: ActivityRow['places']): string[] => refs.map((ref) => ref.name);

describe('the activities table of the bundled report', () => {
  it('has one row per summary paragraph and paragraph, in document order; not the title or section headings', () => {
    const reporting = report.units.filter((unit) => unit.kind === 'summary' || unit.kind === 'paragraph');
    expect(rows.map((candidate) => candidate.unitId)).toEqual(reporting.map((unit) => unit.id));
    expect(rows).toHaveLength(33);
  });

  it('gives 3.4 its date, Sudan, Khartoum and the Africa region, under section 3', () => {
    expect(row('3.4')).toEqual({
      reportId: 'c17-res130-zh',
      unitId: 'c17-res130-zh:3.4',
      unitNumber: '3.4',
      section: { number: '3', title: '技术和程序措施' },
      description: '2016年7月27-28日，第17研究组非洲区域组在苏丹共和国喀土穆举行了第二次会议',
      dates: [{ start: '2016-07-27', end: '2016-07-28', precision: 'day' }],
      targetDates: [],
      places: [
        { id: 'region:africa', kind: 'region', name: '非洲' },
        { id: 'country:SD', kind: 'country', name: '苏丹', region: 'region:arab-states' },
        { id: 'city:khartoum', kind: 'city', name: '喀土穆', region: 'region:arab-states' },
      ],
      organisations: [],
    });
  });

  it('gives 4.4 three workshops, four places pairs and OAS', () => {
    const workshops = row('4.4');
    expect(workshops.dates.map((date) => date.start)).toEqual(['2016-02-18', '2016-06-06', '2016-10-13']);
    expect(names(workshops.places)).toEqual(['瑞士', '日内瓦', '英国', '牛津', '美国', '华盛顿特区']);
    expect(names(workshops.organisations)).toEqual(['牛津大学萨伊德商学院', 'OAS']);
  });

  it('lists the publication target of 4.4 (将在2017年底之前公开发布) as a target, not as a date of the workshops', () => {
    expect(row('4.4').targetDates).toEqual([{ start: '2017-12-01', end: '2017-12-31', precision: 'approximate' }]);
    expect(rows.filter((candidate) => candidate.targetDates.length > 0).map((candidate) => candidate.unitNumber)).toEqual(['4.4']);
  });

  it('describes each paragraph by its lead clause', () => {
    expect(row('4.4').description).toBe('作为国际电联倡导的多利益攸关方工作的一部分，目前正在开发国家网络安全战略工具包');
    expect(row('3.2').description).toBe('第17研究组批准了新的网络安全建议书');
  });

  it('lists partner organisations without ITU itself', () => {
    expect(names(row('5.4').organisations)).toEqual(['ENISA']);
    expect(names(row('6.4').organisations)).toEqual(['EnergyPact基金会', 'AIT', 'IEC', 'UNODC']);
    expect(rows.every((candidate) => candidate.organisations.every((ref) => ref.id !== 'organisation:itu'))).toBe(true);
  });

  it('does not count the city of Resolution 130\'s revision note as a place of the summary', () => {
    expect(row('summary.1').places).toEqual([]);
    expect(row('summary.1').section).toBeUndefined();
  });

  it('lists a date mentioned twice once', () => {
    expect(row('6.2').dates).toEqual([{ start: '2016-01-01', end: '2016-12-31', precision: 'year' }]);
  });
});

describe('the activities of an imported Council document', () => {
  const file = path.join(repoRoot, 'tests/fixtures/import/council-drills-en.txt');
  const imported = parseReportFile(new Uint8Array(readFileSync(file)), 'council-drills-en.txt', {});
  const importedRows = buildActivities([imported], buildEntityIndex(extractEntities([imported]), imported.units.map((unit) => unit.id)));

  it('leaves out the header block and the action required: the meeting\'s place and dates and the document\'s date are not activities', () => {
    expect(importedRows.map((candidate) => candidate.unitNumber)).toEqual(['summary.1', '1.1', '1.2', '2.1', '2.2']);
    const datesOf = (number: string) => importedRows.find((candidate) => candidate.unitNumber === number)?.dates;
    expect(datesOf('1.1')).toEqual([{ start: '2025-03-12', end: '2025-03-14', precision: 'day' }]);
    expect(datesOf('2.1')).toEqual([{ start: '2025-09-03', end: '2025-09-03', precision: 'day' }]);
    expect(importedRows.flatMap((candidate) => candidate.dates).some((date) => date.start.startsWith('2026'))).toBe(false);
  });
});
