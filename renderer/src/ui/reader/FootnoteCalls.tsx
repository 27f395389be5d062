/**
 * The footnotes a paragraph calls, as links to them: the parser keeps each footnote as its own
 * unit at the end of the document and records where it is called (Unit.footnotes), so a
 * delegate reading the paragraph reaches the note without scrolling for it.
 */
import { useTranslation } from 'react-i18next';
import { formatRoute } from '../routing/route';
import { unitPlace } from '../text/unitLabel';

export function FootnoteCalls({ reportId, footnotes }: { reportId: string; footnotes: readonly string[] | undefined }) {
  const { t } = useTranslation();
  if (footnotes === undefined || footnotes.length === 0) return null;
  return (
    <span className="footnote-calls">
      {footnotes.map((number) => (
        <a key={number} className="footnote-call" href={formatRoute({ name: 'report', reportId, unit: number })}>
          {unitPlace(number, t)}
        </a>
      ))}
    </span>
  );
}
