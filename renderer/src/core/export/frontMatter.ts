/**
 * The briefing's YAML front matter, written by the `yaml` library (never by hand: a title with
 * a colon, a quote or a leading `---` must come out quoted). Every value is one line by the
 * time it gets here, and folding is off, so no line of it can read as the closing `---`.
 *
 * It is small and human, for a delegation that opens the file in an editor or runs it through
 * Pandoc: what a cover says (title, delegation, session, agenda items, documents by symbol),
 * the language, the date, the scope in words and the number of notes. No internal ids, times
 * to the millisecond or format versions.
 */
import type { Yaml } from 'mdast';
import { stringify } from 'yaml';

/** What the front matter records about an export; empty optional fields are left out. */
export interface FrontMatterData {
  readonly title: string;
  /** BCP 47 tag of the briefing's language, the key Pandoc reads for typesetting. */
  readonly lang: string;
  /** The local date of the export (Pandoc prints `date` under the title). */
  readonly date: string;
  readonly delegation?: string;
  readonly session?: string;
  readonly agenda?: string;
  /** The documents by symbol (`C17/18`), or by title when they have none. */
  readonly documents: readonly string[];
  /** Which notes, in the briefing's words ("全部笔记", "tag “网络安全”"). */
  readonly scope: string;
  readonly notes: number;
}

/** The front matter node (serialised between `---` lines by mdast-util-frontmatter). */
export function frontMatterNode(data: FrontMatterData): Yaml {
  return { type: 'yaml', value: stringify(data, { lineWidth: 0 }).trimEnd() };
}
