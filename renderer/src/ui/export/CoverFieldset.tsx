/** The briefing's cover (delegation, session, agenda items, remembered) and how its notes are grouped. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingCover, BriefingGrouping } from '../../core/export/types';
import type { RememberedCover } from './useRememberedCover';

const FIELDS = ['delegation', 'session', 'agendaItems'] as const;

export function CoverFieldset({ remembered }: { readonly remembered: RememberedCover }) {
  const { t } = useTranslation();
  const id = useId();
  const { cover, isLoaded, failure, change, remember } = remembered;
  return (
    <fieldset className="export-cover" aria-describedby={`${id}-hint`} aria-busy={!isLoaded}>
      <legend>{t('briefingSend.cover')}</legend>
      {FIELDS.map((field) => (
        <div key={field} className="export-cover-field">
          <label htmlFor={`${id}-${field}`}>{t(`briefingSend.${field}`)}</label>
          <input
            id={`${id}-${field}`}
            name={field}
            type="text"
            value={cover[field]}
            disabled={!isLoaded}
            onChange={(event) => change({ ...cover, [field]: event.target.value } satisfies BriefingCover)}
            onBlur={remember}
          />
        </div>
      ))}
      <p id={`${id}-hint`} className="export-cover-hint">
        {t('briefingSend.coverHint')}
      </p>
      {failure !== null ? (
        <p className="export-message is-error" role="alert">
          {t('briefingSend.coverFailed', { message: failure })}
        </p>
      ) : null}
    </fieldset>
  );
}

interface GroupingFieldsetProps {
  readonly grouping: BriefingGrouping;
  readonly onChange: (grouping: BriefingGrouping) => void;
}

export function GroupingFieldset({ grouping, onChange }: GroupingFieldsetProps) {
  const { t } = useTranslation();
  const name = useId();
  const options: ReadonlyArray<{ readonly value: BriefingGrouping; readonly label: string }> = [
    { value: 'section', label: t('briefingSend.groupBySection') },
    { value: 'stance', label: t('briefingSend.groupByStance') },
  ];
  return (
    <fieldset className="export-grouping">
      <legend>{t('briefingSend.grouping')}</legend>
      {options.map(({ value, label }) => (
        <label key={value}>
          <input type="radio" name={name} value={value} checked={grouping === value} onChange={() => onChange(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
