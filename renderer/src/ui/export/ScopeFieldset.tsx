/**
 * The scope choice: a radio group (everything, one report, a tag, a stance, hand-picked notes)
 * and, under the chosen kind, the control that narrows it. Counts beside the choices tell the
 * delegate before they look at the preview that a scope is empty.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { briefingStrings } from '../../core/export/briefingStrings';
import { STANCES, type Note, type Stance } from '../../core/notes';
import type { Report } from '../../core/report/types';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { SCOPE_KINDS, type ExportChoice, type ScopeCounts, type ScopeKind } from './exportChoice';
import { NotePicker } from './NotePicker';

interface ScopeFieldsetProps {
  readonly reports: readonly Report[];
  readonly notes: readonly Note[];
  readonly counts: ScopeCounts;
  readonly choice: ExportChoice;
  readonly onChange: (update: (current: ExportChoice) => ExportChoice) => void;
}

export function ScopeFieldset({ reports, notes, counts, choice, onChange }: ScopeFieldsetProps) {
  const { t } = useTranslation();
  const name = useId();
  const labels: Record<ScopeKind, string> = {
    all: t('exportDialog.scopeAll', { count: counts.all }),
    report: t('exportDialog.scopeReport'),
    tag: t('exportDialog.scopeTag'),
    stance: t('exportDialog.scopeStance'),
    selection: t('exportDialog.scopeSelection'),
  };
  return (
    <fieldset className="export-scope">
      <legend>{t('exportDialog.scope')}</legend>
      {SCOPE_KINDS.map((kind) => (
        <div key={kind} className="export-scope-option">
          <label>
            <input
              type="radio"
              name={name}
              value={kind}
              checked={choice.kind === kind}
              onChange={() => onChange((current) => ({ ...current, kind }))}
            />
            {labels[kind]}
          </label>
          {choice.kind === kind ? <ScopeDetail reports={reports} notes={notes} counts={counts} choice={choice} onChange={onChange} /> : null}
        </div>
      ))}
    </fieldset>
  );
}

function ScopeDetail({ reports, notes, counts, choice, onChange }: ScopeFieldsetProps) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const selectId = useId();
  switch (choice.kind) {
    case 'all':
      return null;
    case 'report':
      return (
        <div className="export-scope-detail">
          <label htmlFor={selectId}>{t('exportDialog.report')}</label>
          <select
            id={selectId}
            value={choice.reportId}
            onChange={(event) => {
              const reportId = event.target.value;
              onChange((current) => ({ ...current, reportId }));
            }}
          >
            {reports.map((report) => (
              <option key={report.meta.id} value={report.meta.id}>
                {t('exportDialog.optionWithCount', { name: report.meta.title, count: counts.byReport.get(report.meta.id) ?? 0 })}
              </option>
            ))}
          </select>
        </div>
      );
    case 'tag':
      if (counts.tags.length === 0) return <p className="export-scope-detail">{t('exportDialog.noTags')}</p>;
      return (
        <div className="export-scope-detail">
          <label htmlFor={selectId}>{t('exportDialog.tag')}</label>
          <select
            id={selectId}
            value={choice.tag}
            onChange={(event) => {
              const tag = event.target.value;
              onChange((current) => ({ ...current, tag }));
            }}
          >
            {/* A tag chosen before its last note lost it stays listed, with a count of 0. */}
            {counts.tags.some((entry) => entry.tag === choice.tag) ? null : <option value={choice.tag}>{choice.tag}</option>}
            {counts.tags.map((entry) => (
              <option key={entry.tag} value={entry.tag}>
                {t('exportDialog.optionWithCount', { name: entry.tag, count: entry.count })}
              </option>
            ))}
          </select>
        </div>
      );
    case 'stance': {
      // The briefing's own stance names, so that the dialog and the file use the same words.
      const stanceNames = briefingStrings(language).stances;
      return (
        <div className="export-scope-detail">
          <label htmlFor={selectId}>{t('exportDialog.stance')}</label>
          <select
            id={selectId}
            value={choice.stance}
            onChange={(event) => {
              const stance = STANCES.find((candidate: Stance) => candidate === event.target.value);
              if (stance !== undefined) onChange((current) => ({ ...current, stance }));
            }}
          >
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {t('exportDialog.optionWithCount', { name: stanceNames[stance], count: counts.byStance.get(stance) ?? 0 })}
              </option>
            ))}
          </select>
        </div>
      );
    }
    case 'selection':
      return (
        <NotePicker
          reports={reports}
          notes={notes}
          selection={choice.noteIds}
          onChange={(update) => onChange((current) => ({ ...current, noteIds: update(current.noteIds) }))}
        />
      );
  }
}
