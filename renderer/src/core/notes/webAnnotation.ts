/**
 * Notes and links as W3C Web Annotations (Web Annotation Data Model, W3C Recommendation
 * 2017-02-23), so that a backup is also an export other annotation tools can read:
 *
 * - the file is an AnnotationCollection (§5.1) whose `first` AnnotationPage (§5.2) embeds
 *   every Annotation in `items`: the model puts items on pages, never on the collection;
 * - a note is an Annotation (§3.1) with motivation `commenting` (`highlighting` when it has no
 *   text); its Markdown is a TextualBody (§3.2.4) with `format: text/markdown` and
 *   `purpose: commenting`; each tag a TextualBody with `purpose: tagging` (§3.3.5);
 * - its target (§3.2, §4.1) is a SpecificResource whose `source` is the unit id and whose
 *   `selector` holds a TextQuoteSelector (§4.2.4) and a TextPositionSelector (§4.2.5, code
 *   points), absent for a whole-paragraph note;
 * - a link is an Annotation with motivation `linking`: its body a SpecificResource on the
 *   destination unit (plus a `describing` TextualBody for the label), its target the source
 *   unit or, for a link from a note, the note's annotation IRI;
 * - `created` and `modified` (§3.3.5, lifecycle) carry createdAt and updatedAt;
 * - what the model has no term for is an extension (§6) under the `kb:` prefix, declared in
 *   the `@context` as KB_NAMESPACE: `kb:formatVersion` (collection), `kb:stance`,
 *   `kb:deletedAt` (a tombstone; absent while live) and `kb:anchor` (re-anchoring outcome,
 *   absent when plainly anchored).
 *
 * Ids are `urn:uuid:<uuid>` IRIs (§3.1 requires an IRI); the stored id is the bare UUID.
 */
import type { Link, Note, NoteAnchor, Stance } from './types';

/** The W3C annotation JSON-LD context; §3.1: it MUST be one of the document's contexts. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The IRI the `kb:` prefix stands for in our extension terms. */
export const KB_NAMESPACE = 'urn:itu-council-kb:';

/** Version of this file format; a file with a higher one was written by a newer app. */
export const BACKUP_FORMAT_VERSION = 1;

/** The prefix that turns a UUID into an annotation IRI. */
export const UUID_IRI_PREFIX = 'urn:uuid:';

/** The JSON of a TextQuoteSelector (§4.2.4). */
export interface TextQuoteSelectorJson {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** The JSON of a TextPositionSelector (§4.2.5); offsets in code points. */
export interface TextPositionSelectorJson {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** A TextualBody (§3.2.4). */
export interface TextualBodyJson {
  readonly type: 'TextualBody';
  readonly value: string;
  readonly purpose: 'commenting' | 'tagging' | 'describing';
  readonly format?: 'text/markdown';
}

/** A SpecificResource body: the destination of a link. */
export interface LinkBodyJson {
  readonly type: 'SpecificResource';
  readonly source: string;
  readonly purpose: 'linking';
}

/** An annotation's target: the unit (or, for a link from a note, the note) and the passage. */
export interface TargetJson {
  readonly type: 'SpecificResource';
  readonly source: string;
  readonly selector?: readonly [TextQuoteSelectorJson, TextPositionSelectorJson];
}

/** One Annotation as written to a backup. */
export interface AnnotationJson {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'commenting' | 'highlighting' | 'linking';
  readonly created: string;
  readonly modified: string;
  readonly body: ReadonlyArray<TextualBodyJson | LinkBodyJson>;
  readonly target: TargetJson;
  readonly 'kb:stance'?: Stance;
  readonly 'kb:deletedAt'?: string;
  readonly 'kb:anchor'?: NoteAnchor;
}

/** The whole backup file. */
export interface AnnotationCollectionJson {
  readonly '@context': readonly [typeof ANNOTATION_CONTEXT, { readonly kb: typeof KB_NAMESPACE }];
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly 'kb:formatVersion': number;
  readonly generated: string;
  readonly generator: { readonly type: 'Software'; readonly name: string };
  readonly total: number;
  readonly first: {
    readonly id: string;
    readonly type: 'AnnotationPage';
    readonly startIndex: 0;
    readonly items: readonly AnnotationJson[];
  };
}

/** What the caller supplies that a pure function cannot make: fresh ids and the time. */
export interface CollectionStamp {
  readonly collectionId: string;
  readonly pageId: string;
  readonly generated: string;
}

/** The IRI of a record id: `urn:uuid:<id>`. */
export function annotationIri(id: string): string {
  return `${UUID_IRI_PREFIX}${id}`;
}

function lifecycle(record: Note | Link): Pick<AnnotationJson, 'created' | 'modified'> & { 'kb:deletedAt'?: string } {
  return {
    created: record.createdAt,
    modified: record.updatedAt,
    ...(record.deletedAt === null ? {} : { 'kb:deletedAt': record.deletedAt }),
  };
}

/** A note as a W3C Annotation. */
export function noteToAnnotation(note: Note): AnnotationJson {
  const selector = note.target.selector;
  const comment: TextualBodyJson[] =
    note.body === '' ? [] : [{ type: 'TextualBody', value: note.body, format: 'text/markdown', purpose: 'commenting' }];
  const tags = note.tags.map((tag): TextualBodyJson => ({ type: 'TextualBody', value: tag, purpose: 'tagging' }));
  const body = [...comment, ...tags];
  const isPlainlyAnchored =
    note.anchor.status === 'anchored' &&
    note.anchor.fromUnitId === undefined &&
    note.anchor.originalQuote === undefined &&
    note.anchor.previous === undefined;
  return {
    id: annotationIri(note.id),
    type: 'Annotation',
    motivation: note.body === '' ? 'highlighting' : 'commenting',
    ...lifecycle(note),
    body,
    target: {
      type: 'SpecificResource',
      source: note.target.unitId,
      ...(selector === undefined
        ? {}
        : {
            selector: [
              { type: 'TextQuoteSelector', ...selector.quote },
              { type: 'TextPositionSelector', start: selector.position.start, end: selector.position.end },
            ],
          }),
    },
    ...(note.stance === null ? {} : { 'kb:stance': note.stance }),
    ...(isPlainlyAnchored ? {} : { 'kb:anchor': note.anchor }),
  };
}

/** A link as a W3C Annotation with motivation `linking`. */
export function linkToAnnotation(link: Link): AnnotationJson {
  const destination: LinkBodyJson = { type: 'SpecificResource', source: link.to.unitId, purpose: 'linking' };
  const label: TextualBodyJson[] = link.label === '' ? [] : [{ type: 'TextualBody', value: link.label, purpose: 'describing' }];
  return {
    id: annotationIri(link.id),
    type: 'Annotation',
    motivation: 'linking',
    ...lifecycle(link),
    body: [destination, ...label],
    target: {
      type: 'SpecificResource',
      source: link.from.kind === 'unit' ? link.from.unitId : annotationIri(link.from.noteId),
    },
  };
}

/** All notes and links (tombstones included) as one AnnotationCollection. */
export function toAnnotationCollection(
  notes: readonly Note[],
  links: readonly Link[],
  stamp: CollectionStamp,
): AnnotationCollectionJson {
  const items = [...notes.map(noteToAnnotation), ...links.map(linkToAnnotation)];
  return {
    '@context': [ANNOTATION_CONTEXT, { kb: KB_NAMESPACE }],
    id: annotationIri(stamp.collectionId),
    type: 'AnnotationCollection',
    label: 'ITU Council KB — notes and links',
    'kb:formatVersion': BACKUP_FORMAT_VERSION,
    generated: stamp.generated,
    generator: { type: 'Software', name: 'ITU Council KB' },
    total: items.length,
    first: { id: annotationIri(stamp.pageId), type: 'AnnotationPage', startIndex: 0, items },
  };
}
