/**
 * The export dialog (a ModalDialog). The delegate picks the scope and
 * the quote mode; the preview, the note count and the actions follow the form live.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { alsoVersionLanguages } from '../../core/export/alsoVersion';
import type { Report } from '../../core/report/types';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { ModalDialog } from '../shell/ModalDialog';
import { BriefingPreview } from './BriefingPreview';
import { ExportActions } from './ExportActions';
import { initialChoice, scopeCounts, type ExportChoice } from './exportChoice';
import { ScopeFieldset } from './ScopeFieldset';
import { QuoteFieldset } from './QuoteFieldset';
import { useBriefing } from './useBriefing';
import { CoverFieldset, GroupingFieldset } from './CoverFieldset';
import { useRememberedCover } from './useRememberedCover';
import { AlsoVersionField } from './AlsoVersionField';
import { useRememberedAlsoVersion } from './useRememberedAlsoVersion';
import type { BriefingGrouping } from '../../core/export/types';
import { useExportData } from './useExportData';
import type { Link, Note } from '../../core/notes';

interface ExportDialogProps {
  readonly reports: readonly Report[];
  readonly onClose: () => void;
}

export function ExportDialog({ reports, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const introId = useId();
  const data = useExportData();

  return (
    <ModalDialog
      className="export-dialog"
      title={t('exportDialog.title')}
      closeLabel={t('exportDialog.close')}
      closeClassName="export-close"
      describedBy={introId}
      onClose={onClose}
    >
      <p id={introId} className="export-intro">
        {t('exportDialog.intro')}
      </p>
      {data.status === 'loading' ? <p role="status">{t('exportDialog.loadingNotes')}</p> : null}
      {data.status === 'failed' ? <p role="alert">{t('exportDialog.notesFailed', { message: data.message })}</p> : null}
      {data.status === 'ready' ? <ExportForm reports={reports} notes={data.notes} links={data.links} /> : null}
    </ModalDialog>
  );
}

interface ExportFormProps {
  readonly reports: readonly Report[];
  readonly notes: readonly Note[];
  readonly links: readonly Link[];
}

function ExportForm({ reports, notes, links }: ExportFormProps) {
  const [language] = useUiLanguage();
  const counts = useMemo(() => scopeCounts(notes), [notes]);
  const [choice, setChoice] = useState<ExportChoice>(() => initialChoice(reports, counts.tags));
  // One export time per opening, so the preview is stable and the saved file is what it shows.
  const [exportedAt] = useState(() => new Date());
  const remembered = useRememberedCover();
  const [grouping, setGrouping] = useState<BriefingGrouping>('section');
  const alsoVersion = useRememberedAlsoVersion();
  const versionLanguages = useMemo(() => alsoVersionLanguages(reports, notes), [reports, notes]);
  const alsoVersionLanguage = versionLanguages.includes(alsoVersion.language) ? alsoVersion.language : '';
  const briefing = useBriefing({ reports, notes, links, choice, language, exportedAt, cover: remembered.cover, grouping, alsoVersion: alsoVersionLanguage });

  return (
    <div className="export-body">
      <form className="export-form" onSubmit={(event) => event.preventDefault()}>
        <ScopeFieldset reports={reports} notes={notes} counts={counts} choice={choice} onChange={setChoice} />
        <QuoteFieldset quoteMode={choice.quoteMode} onChange={(quoteMode) => setChoice((current) => ({ ...current, quoteMode }))} />
        {versionLanguages.length > 1 ? <AlsoVersionField languages={versionLanguages} remembered={alsoVersion} /> : null}
        <GroupingFieldset grouping={grouping} onChange={setGrouping} />
        <CoverFieldset remembered={remembered} />
      </form>
      <div className="export-output">
        <BriefingPreview briefing={briefing.value} isStale={briefing.isStale} failure={briefing.failure} />
        <ExportActions briefing={briefing.value} isStale={briefing.isStale} input={briefing.input} />
      </div>
    </div>
  );
}
