/**
 * Shared builders for the export tests: notes and links on the real bundled report, a small
 * second report for cross-report links, and a reader that parses a briefing back with
 * mdast-util-from-markdown (CommonMark + GFM + YAML front matter, as renderers see it).
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYaml } from 'yaml';
import { buildBriefing } from '../../../renderer/src/core/export/briefing';
import type { BriefingOptions, ExportScope } from '../../../renderer/src/core/export/types';
import { makeSelector } from '../../../renderer/src/core/notes/anchor';
import type { Link, Note, NoteAnchor, Stance } from '../../../renderer/src/core/notes/types';
import type { Report, Unit } from '../../../renderer/src/core/report/types';
import { bundledReport } from '../../fixtures/bundledCorpus';

export const EXPORTED_AT = new Date(2026, 10, 24, 9, 30);

let sequence = 0;

/** A fresh UUID-shaped id (backups require `urn:uuid:` ids), deterministic per test file. */
export function nextId(): string {
  sequence++;
  return `00000000-0000-4000-8000-${sequence.toString(16).padStart(12, '0')}`;
}

/** The unit numbered `number` of `report`; throws when there is none (a broken test). */
export function unitOf(report: Report, number: string): Unit {
  const unit = report.units.find((candidate) => candidate.number === number);
  if (unit === undefined) throw new Error(`${report.meta.id} has no unit ${number}`);
  return unit;
}

/** What a test may set on a note; everything else gets a plain default. */
export interface NoteFields {
  readonly body?: string;
  readonly tags?: readonly string[];
  readonly stance?: Stance | null;
  /** A passage of the unit's text to anchor to (its first occurrence). */
  readonly passage?: string;
  readonly anchor?: NoteAnchor;
  readonly createdAt?: string;
  readonly deletedAt?: string | null;
  readonly id?: string;
}

/** A live note on unit `number` of `report` (the bundled report by default). */
export function noteOn(number: string, fields: NoteFields = {}, report: Report = bundledReport()): Note {
  const unit = unitOf(report, number);
  const start = fields.passage === undefined ? -1 : unit.text.indexOf(fields.passage);
  if (fields.passage !== undefined && start === -1) throw new Error(`"${fields.passage}" is not in ${unit.id}`);
  const selector = fields.passage === undefined ? undefined : makeSelector(unit.text, { start, end: start + fields.passage.length });
  const createdAt = fields.createdAt ?? `2026-11-0${1 + (sequence % 9)}T08:00:00.000Z`;
  return {
    id: fields.id ?? nextId(),
    target: { reportId: report.meta.id, unitId: unit.id, ...(selector === undefined ? {} : { selector }) },
    anchor: fields.anchor ?? { status: 'anchored' },
    body: fields.body ?? '',
    tags: fields.tags ?? [],
    stance: fields.stance ?? null,
    createdAt,
    updatedAt: createdAt,
    deletedAt: fields.deletedAt ?? null,
  };
}

/** An orphan: a note whose unit `unitId` is gone, with the quote it recorded. */
export function orphanNote(unitId: string, quote: string | undefined, fields: NoteFields = {}): Note {
  const reportId = unitId.slice(0, unitId.lastIndexOf(':'));
  const createdAt = fields.createdAt ?? '2026-10-01T08:00:00.000Z';
  return {
    id: fields.id ?? nextId(),
    target: {
      reportId,
      unitId,
      ...(quote === undefined ? {} : { selector: { quote: { exact: quote, prefix: '', suffix: '' }, position: { start: 0, end: [...quote].length } } }),
    },
    anchor: fields.anchor ?? { status: 'orphaned' },
    body: fields.body ?? '',
    tags: fields.tags ?? [],
    stance: fields.stance ?? null,
    createdAt,
    updatedAt: createdAt,
    deletedAt: fields.deletedAt ?? null,
  };
}

/** A live link from a note to a unit. */
export function linkFrom(note: Note, to: Unit, label = '', deletedAt: string | null = null): Link {
  return {
    id: nextId(),
    from: { kind: 'note', noteId: note.id },
    to: { reportId: to.reportId, unitId: to.id },
    label,
    createdAt: '2026-11-10T08:00:00.000Z',
    updatedAt: '2026-11-10T08:00:00.000Z',
    deletedAt,
  };
}

/** A live link the delegate made on a paragraph (not on a note) to another unit. */
export function linkBetween(from: Unit, to: Unit, label = '', deletedAt: string | null = null): Link {
  return {
    id: nextId(),
    from: { kind: 'unit', reportId: from.reportId, unitId: from.id },
    to: { reportId: to.reportId, unitId: to.id },
    label,
    createdAt: '2026-11-10T09:00:00.000Z',
    updatedAt: '2026-11-10T09:00:00.000Z',
    deletedAt,
  };
}

/** A small English report, for notes and links across reports. */
export function secondReport(): Report {
  const reportId = 'c18-test-en';
  const unit = (number: string, kind: Unit['kind'], text: string, section?: string): Unit => ({
    id: `${reportId}:${number}`,
    reportId,
    number,
    kind,
    text,
    ...(section === undefined ? {} : { section }),
  });
  return {
    meta: { id: reportId, title: 'Second report: a | b # c', language: 'en', session: 2018, subject: 'Testing', symbol: 'C18/99' },
    units: [
      unit('title', 'title', 'Second report: a | b # c'),
      unit('summary.1', 'summary', 'What this report is about.'),
      unit('1', 'section', 'Background', '1'),
      unit('1.1', 'paragraph', 'The first paragraph, with *stars* and `ticks`.', '1'),
      unit('1.2', 'paragraph', 'The second paragraph.', '1'),
      unit('2', 'section', 'Next steps', '2'),
      unit('2.1', 'paragraph', 'The third paragraph.', '2'),
    ],
    warnings: [],
  };
}

/** How a briefing names the bundled report to a delegation: its symbol once the parser reads one, else its title. */
export function bundledDocumentName(): string {
  const { meta } = bundledReport();
  return meta.symbol ?? meta.title;
}

/** Parses Markdown as a GFM renderer with YAML front matter would. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

/** The front matter of a parsed briefing, as data. */
export function frontMatterOf(root: Root): unknown {
  const first = root.children[0];
  if (first?.type !== 'yaml') throw new Error('the document does not start with YAML front matter');
  return parseYaml(first.value);
}

/** Every node of a tree, depth first, without recursion. */
export function allNodes(root: Nodes): Nodes[] {
  const nodes: Nodes[] = [];
  const pending: Nodes[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    nodes.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  return nodes;
}

/** Every heading in the document, wherever it is, as "depth text". */
export function outline(root: Root): string[] {
  return allNodes(root)
    .filter((node): node is Heading => node.type === 'heading')
    .map((node) => `${node.depth} ${toString(node)}`);
}

/** A note as read back: its heading's text and the top-level nodes up to the next heading. */
export interface ParsedNote {
  readonly heading: string;
  readonly nodes: readonly RootContent[];
}

/** The note sections of a parsed briefing: each level-`depth` heading and what follows it. */
export function noteSections(root: Root, depth = 4): ParsedNote[] {
  const sections: Array<{ heading: string; nodes: RootContent[] }> = [];
  let current: { heading: string; nodes: RootContent[] } | undefined;
  for (const node of root.children) {
    if (node.type === 'heading') {
      current = node.depth === depth ? { heading: toString(node), nodes: [] } : undefined;
      if (current !== undefined) sections.push(current);
    } else current?.nodes.push(node);
  }
  return sections;
}

/** The briefing of notes and links on the bundled report and the second report, parsed back. */
export function briefingOf(notes: readonly Note[], links: readonly Link[] = [], scope: ExportScope = { kind: 'all' }, options: Partial<BriefingOptions> = {}) {
  const briefing = buildBriefing({
    reports: [bundledReport(), secondReport()],
    notes,
    links,
    scope,
    options: { lang: 'zh', quoteMode: 'passage', exportedAt: EXPORTED_AT, ...options },
  });
  return { ...briefing, tree: parseMarkdown(briefing.markdown) };
}
