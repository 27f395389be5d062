import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../renderer/src/core/report';
import { isSourceLine } from '../../../renderer/src/core/report/vocabulary';

describe('isSourceLine', () => {
  it.each(['Report by the Secretary-General', 'Note by the Secretary-General', 'Contribution from the Russian Federation', 'Rapport du Secrétaire général', 'Informe del Secretario General'])(
    'reads "%s" as who sent the document',
    (line) => expect(isSourceLine(line)).toBe(true),
  );

  it.each(['Report on the activities of the Union in building confidence and security', 'Rapport sur les activités de l’Union', 'Informe sobre las actividades de la Unión'])(
    'reads "%s" as what the document is about, not who sent it',
    (line) => expect(isSourceLine(line)).toBe(false),
  );

  it('keeps a title that starts with "Report on" as the title', () => {
    const report = parseReportText('Report on the activities of the Union in the use of ICTs\n\nSummary\nA summary.\n1\tFirst section\n1.1\tA paragraph.', { id: 'r' });
    expect(report.units[0]).toMatchObject({ kind: 'title', text: 'Report on the activities of the Union in the use of ICTs' });
    expect(report.meta.source).toBeUndefined();
  });
});
