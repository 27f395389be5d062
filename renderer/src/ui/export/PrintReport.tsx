/**
 * The report as it prints: its title, every unit with its printed number and text, and under
 * each unit the delegate's live notes on it (the quoted passage, the stance, the body as
 * written). Hidden on screen; print.css shows it alone when the page prints, so a printout has
 * no header, table of contents, buttons or panels. A separate, plain rendering rather than the
 * reader's own body: the reader's paragraphs carry marks, chips and controls, and its notes live
 * in a panel beside the text that a sheet of paper cannot show.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes/types';
import type { Report } from '../../core/report/types';
import '../../styles/print.css';

interface PrintReportProps {
  readonly report: Report;
  readonly notes: readonly Note[];
}

export const PrintReport = memo(function PrintReport({ report, notes }: PrintReportProps) {
  const { t } = useTranslation();
  const notesByUnit = useMemo(() => {
    const byUnit = new Map<string, Note[]>();
    for (const note of notes) {
      if (note.deletedAt !== null || note.anchor.status === 'orphaned') continue;
      const list = byUnit.get(note.target.unitId) ?? [];
      list.push(note);
      byUnit.set(note.target.unitId, list);
    }
    for (const list of byUnit.values()) list.sort((a, b) => (a.target.selector?.position.start ?? -1) - (b.target.selector?.position.start ?? -1));
    return byUnit;
  }, [notes]);

  return (
    <section className="print-report" aria-hidden="true" data-print-report={report.meta.id}>
      <p className="print-title">{report.meta.title}</p>
      <p className="print-meta">{[report.meta.symbol, report.meta.body, report.meta.subject].filter((part) => part !== undefined && part !== '').join(' · ')}</p>
      {report.units
        .filter((unit) => unit.kind !== 'title')
        .map((unit) => {
          const unitNotes = notesByUnit.get(unit.id) ?? [];
          const isHeading = unit.kind === 'section' || unit.kind === 'heading';
          return (
            <div key={unit.id} className={isHeading ? 'print-unit print-heading' : 'print-unit'} data-print-unit={unit.number}>
              <p className="print-text">
                <span className="print-number">{unit.kind === 'summary' || unit.kind === 'heading' ? '' : unit.number}</span> {unit.text}
              </p>
              {unitNotes.map((note) => (
                <aside key={note.id} className="print-note" data-stance={note.stance ?? ''}>
                  {note.target.selector !== undefined ? <q className="print-quote">{note.target.selector.quote.exact}</q> : null}
                  {note.stance !== null ? <span className="print-stance">{t(`notes.stances.${note.stance}`)}</span> : null}
                  <span className="print-body">{note.body}</span>
                  {note.tags.length > 0 ? <span className="print-tags">{note.tags.join(t('entities.listSeparator'))}</span> : null}
                </aside>
              ))}
            </div>
          );
        })}
    </section>
  );
});
