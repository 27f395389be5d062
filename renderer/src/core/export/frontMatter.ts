/**
 * The briefing's YAML front matter, written by the `yaml` library (never by hand: a title with
 * a colon, a quote or a leading `---` must come out quoted). Every value is one line by the
 * time it gets here, and folding is off, so no line of it can read as the closing `---`.
 */
import type { Yaml } from 'mdast';
import { stringify } from 'yaml';
import type { FilterRecord } from './exportScope';

/** What the front matter records about an export. */
export interface FrontMatterData {
  readonly title: string;
  /** BCP 47 tag of the briefing's language, the key Pandoc reads for typesetting. */
  readonly lang: string;
  /** The local date of the export (Pandoc prints `date` under the title). */
  readonly date: string;
  /** The exact time of the export, ISO 8601 in UTC. */
  readonly exportedAt: string;
  readonly reports: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  /** The filters of the scope, [] for all notes. */
  readonly filters: readonly FilterRecord[];
  readonly quote: string;
  readonly notes: number;
}

/** The front matter node (serialised between `---` lines by mdast-util-frontmatter). */
export function frontMatterNode(data: FrontMatterData): Yaml {
  return { type: 'yaml', value: stringify(data, { lineWidth: 0 }).trimEnd() };
}
