/** The quote option: under each note, the passage it was made on or the whole paragraph. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteMode } from '../../core/export';

interface QuoteFieldsetProps {
  readonly quoteMode: QuoteMode;
  readonly onChange: (quoteMode: QuoteMode) => void;
}

export function QuoteFieldset({ quoteMode, onChange }: QuoteFieldsetProps) {
  const { t } = useTranslation();
  const name = useId();
  const options: ReadonlyArray<{ readonly mode: QuoteMode; readonly label: string }> = [
    { mode: 'passage', label: t('exportDialog.quotePassage') },
    { mode: 'paragraph', label: t('exportDialog.quoteParagraph') },
  ];
  return (
    <fieldset className="export-quote">
      <legend>{t('exportDialog.quote')}</legend>
      {options.map(({ mode, label }) => (
        <label key={mode}>
          <input type="radio" name={name} value={mode} checked={quoteMode === mode} onChange={() => onChange(mode)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
