/** A mention in its context: a short window of the text around it, the mention marked. */
import type { ReactNode } from 'react';
import { mentionSnippet } from './mentionSnippet';

interface MentionSnippetTextProps {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Said before the snippet to screen readers only (where the mention is: quote or note body). */
  readonly hiddenLabel?: ReactNode;
  readonly lang?: string | undefined;
  readonly field?: string;
}

export function MentionSnippetText({ text, start, end, hiddenLabel, lang, field }: MentionSnippetTextProps) {
  const snippet = mentionSnippet(text, start, end);
  return (
    <span className="mention-snippet" data-field={field} lang={lang}>
      {hiddenLabel === undefined ? null : <span className="visually-hidden">{hiddenLabel}</span>}
      {snippet.isCutBefore ? '…' : ''}
      {snippet.before}
      <mark>{snippet.match}</mark>
      {snippet.after}
      {snippet.isCutAfter ? '…' : ''}
    </span>
  );
}
