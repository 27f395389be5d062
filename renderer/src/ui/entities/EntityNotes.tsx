/**
 * The entity page's "In your notes": the delegate's notes whose quote or body mention the
 * entity, each with its mentions in context and a link that opens the note in the reader. A live
 * query, so a note written or edited elsewhere shows up (or goes) at once.
 */
import { useLiveRead } from '../data/useLiveRead';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../core/entities';
import type { Report } from '../../core/report/types';
import { readAllNotes, notesRepository } from '../../db';
import { useKnowledgeBase } from '../data/KnowledgeBaseContext';
import { unitNumberOf } from '../notes/noteText';
import { formatRoute } from '../routing/route';
import { MentionSnippetText } from './MentionSnippetText';
import { corpusOrganisations, notesMentioning, type NoteMention } from './noteMentions';
import { unitPlace } from '../text/unitLabel';

interface EntityNotesProps {
  readonly entity: Entity;
  readonly reportById: ReadonlyMap<string, Report>;
}

const noReports: readonly Report[] = [];

export function EntityNotes({ entity, reportById }: EntityNotesProps) {
  const { t } = useTranslation();
  const state = useKnowledgeBase();
  const reports = state.status === 'ready' ? (state.knowledgeBase.corpus?.reports ?? noReports) : noReports;
  const { value: notes, error } = useLiveRead(() => readAllNotes(notesRepository()), []);
  const found = useMemo(
    () => (notes === undefined ? undefined : notesMentioning(notes, entity.id, corpusOrganisations(reports))),
    [notes, entity.id, reports],
  );

  let summary: string;
  if (error !== undefined) summary = t('entityNotes.failed', { message: error });
  else if (found === undefined) summary = t('entityNotes.loading');
  else if (found.length === 0) summary = t('entityNotes.empty');
  else summary = t('entityNotes.count', { count: found.length });

  return (
    <section className="entity-notes" aria-labelledby="entity-notes-heading" data-count={found?.length}>
      <h2 id="entity-notes-heading">{t('entityNotes.heading')}</h2>
      <p className="entity-notes-summary">{summary}</p>
      {found === undefined || found.length === 0 ? null : (
        <ul className="mention-list">
          {found.map(({ note, mentions }) => {
            const number = unitNumberOf(note);
            const report = reportById.get(note.target.reportId);
            return (
              <li key={note.id} className="mention-item note-mention" data-note-id={note.id} data-unit={number}>
                <a
                  className="mention-link"
                  href={formatRoute({ name: 'report', reportId: note.target.reportId, unit: number, note: note.id })}
                  aria-label={t('entityNotes.openNote', { number, report: report?.meta.title ?? note.target.reportId })}
                >
                  {unitPlace(number, t)}
                </a>
                <span className="mention-snippets">
                  {mentions.map((mention) => (
                    <NoteMentionText key={`${mention.field}-${mention.start}`} mention={mention} language={report?.meta.language} />
                  ))}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function NoteMentionText({ mention, language }: { mention: NoteMention; language: string | undefined }) {
  const { t } = useTranslation();
  // The quote is the report's text (its language); the body is whatever the delegate wrote.
  return (
    <MentionSnippetText
      text={mention.text}
      start={mention.start}
      end={mention.end}
      field={mention.field}
      lang={mention.field === 'quote' ? language : undefined}
      hiddenLabel={`${t(`entityNotes.${mention.field}`)}: `}
    />
  );
}
