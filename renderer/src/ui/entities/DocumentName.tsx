/**
 * A document's name beside one of its paragraphs where paragraphs of several documents are listed
 * (activities, timeline, related paragraphs): "C26/41-E", or the title in its own language.
 */
import type { CorpusEntityData } from './corpusEntities';

export function DocumentName({ data, reportId }: { data: CorpusEntityData; reportId: string }) {
  const label = data.reportLabel.get(reportId);
  if (label === undefined) return null;
  return (
    <span className="document-name" lang={label.isTitle ? data.reportLanguage.get(reportId) : undefined} title={label.text}>
      {label.text}
    </span>
  );
}

/** Whether the corpus has more than one document, so that a paragraph number alone is ambiguous. */
export function hasSeveralDocuments(data: CorpusEntityData): boolean {
  return data.reportLabel.size > 1;
}
