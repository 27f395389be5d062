/**
 * Which notes a scope takes, and how the briefing describes it. Report, tag and stance go
 * through the notes core's matcher, so that the export and the notes panel agree on what
 * "tagged 网络安全" means (tags compare case- and width-insensitively).
 */
import { noteMatcher } from '../notes/noteFilters';
import type { Note } from '../notes/types';
import type { BriefingStrings } from './briefingStrings';
import type { CorpusIndex } from './corpusIndex';
import type { ExportScope } from './types';

/** The scopes an intersection stands for, nested intersections flattened; [] for `all`. */
export function scopeParts(scope: ExportScope): ExportScope[] {
  if (scope.kind === 'all') return [];
  if (scope.kind === 'intersection') return scope.scopes.flatMap(scopeParts);
  return [scope];
}

/** A predicate for the live notes in `scope` (deleted notes never pass). */
export function scopeMatcher(scope: ExportScope): (note: Note) => boolean {
  const tests = scopeParts(scope).map((part): ((note: Note) => boolean) => {
    switch (part.kind) {
      case 'report':
        return noteMatcher({ reportId: part.reportId });
      case 'tag':
        return noteMatcher({ tags: [part.tag] });
      case 'stance':
        return noteMatcher({ stances: [part.stance] });
      case 'selection': {
        const ids = new Set(part.noteIds);
        return (note) => ids.has(note.id);
      }
      default:
        return () => true;
    }
  });
  return (note) => note.deletedAt === null && tests.every((test) => test(note));
}

/** The scope in the briefing's words: "报告“…”，标签“网络安全”". */
export function describeScope(scope: ExportScope, strings: BriefingStrings, corpus: CorpusIndex): string {
  const parts = scopeParts(scope).map((part) => {
    switch (part.kind) {
      case 'report':
        return strings.scopeReport(corpus.reportById.get(part.reportId)?.meta.title ?? part.reportId);
      case 'tag':
        return strings.scopeTag(part.tag);
      case 'stance':
        return strings.scopeStance(strings.stances[part.stance]);
      case 'selection':
        return strings.scopeSelection(new Set(part.noteIds).size);
      default:
        return strings.scopeAll;
    }
  });
  return parts.length === 0 ? strings.scopeAll : parts.join(strings.scopeSeparator);
}
