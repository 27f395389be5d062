// The briefing exporter's public API (issue 5): pure functions from notes and the corpus to Markdown.
export { buildBriefing, defaultBriefingOptions, NOTE_DEPTH, REPORT_DEPTH, SECTION_DEPTH } from './briefing';
export { layOutBriefing } from './layout';
export type { BriefingLayout, ReportGroup, SectionGroup } from './layout';
export { briefingStrings } from './briefingStrings';
export type { BriefingStrings } from './briefingStrings';
export { noteMarkdown, sectionMarkdown } from './copyMarkdown';
export type { CopyOptions, CopySource } from './copyMarkdown';
export { notesBySection } from './sectionGroups';
export type { NoteSectionGroup } from './sectionGroups';
export { corpusIndex } from './corpusIndex';
export type { CorpusIndex } from './corpusIndex';
export { describeScope, scopeMatcher, scopeParts } from './exportScope';
export { briefingFileName, localDate, MAX_FILE_NAME_BYTES, safeFileName } from './fileName';
export { clearNoteBodyCache, noteBodyBlocks } from './noteBody';
export { isSafeUrl } from './safeUrl';
export type { Briefing, BriefingInput, BriefingLanguage, BriefingOptions, ExportScope, QuoteMode } from './types';
