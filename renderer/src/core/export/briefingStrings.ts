/**
 * The briefing's own words in the six languages (Chinese and English here, the others one file each). Domain text, kept apart from the UI's i18n
 * bundles on purpose: the CLI and tests use it without i18next, and an exported file must not
 * change when a UI label is reworded. Only plain strings come out of here; they go into the
 * document as text nodes, so the serialiser escapes them like any other text.
 */
import type { Stance } from '../notes/types';
import type { UnitPlace } from '../report/unitPlace';
import { briefingStringsAr } from './briefingStringsAr';
import { briefingStringsEs } from './briefingStringsEs';
import { briefingStringsFr } from './briefingStringsFr';
import { briefingStringsRu } from './briefingStringsRu';
import { sayPlace, type PlaceWords } from './placeWords';
import type { BriefingLanguage } from './types';

/** Every piece of text the briefing writes itself. */
export interface BriefingStrings {
  /** The document's title: about one report, or about several. */
  readonly title: (reportTitle: string | undefined) => string;
  readonly contents: string;
  /** Heading of the notes on a report's title and summary, which belong to no section. */
  readonly frontPart: string;
  /** A section with no heading unit in the corpus. */
  readonly sectionNumber: (section: string) => string;
  readonly paragraph: (number: string) => string;
  readonly summaryParagraph: (number: string) => string;
  /** Any other unit, by what its number says it is (unitPlace.ts): "Annex 2, paragraph 3", "Operative clause 1, item 3". */
  readonly place: (place: UnitPlace) => string;
  readonly reportTitle: string;
  readonly sectionHeading: (section: string) => string;
  readonly tags: string;
  readonly stance: string;
  readonly stances: Readonly<Record<Stance, string>>;
  readonly links: string;
  readonly linkElsewhere: string;
  readonly paragraphLinks: string;
  readonly orphans: string;
  readonly orphansExplained: string;
  readonly noQuote: string;
  /** The heading of orphans on a report the library no longer holds (removed; its notes never are). */
  readonly removedDocument: (reportId: string) => string;
  readonly noNotes: string;
  readonly scopeAll: string;
  readonly scopeReport: (title: string) => string;
  readonly scopeTag: (tag: string) => string;
  readonly scopeStance: (stance: string) => string;
  readonly scopeSelection: (count: number) => string;
  readonly scopeSeparator: string;
  readonly exportLine: (date: string, noteCount: number, scope: string) => string;
  readonly counted: (label: string, count: number) => string;
  /**
   * After a bold label ("**标签**："). Outside the bold on purpose: `**标签：**关切` does not
   * close the bold in CommonMark (punctuation before, a letter after), so the serialiser would
   * have to write the next character as `&#x5173;`.
   */
  readonly colon: string;
  readonly quoted: (label: string) => string;
  /** After the heading of a note whose paragraph changed since the previous revision. */
  readonly changedInRevision: string;
  /** The same, naming the revision ("Rev.1") when its report has a revision number; changedInRevision where absent. */
  readonly changedInNamedRevision?: (revision: string) => string;
  /** The cover's labels. */
  readonly delegation: string;
  readonly session: string;
  readonly agendaItems: string;
  readonly documents: string;
  /** Headings of the groups by stance, in the order they are listed; `none` for notes without one. */
  readonly stanceGroups: Readonly<Record<Stance | 'none', string>>;
  /** The six document languages' names, for the other version's label ("French", "法文"). */
  readonly languageNames: Readonly<Record<string, string>>;
  /** Above another language version's paragraph under a note: "French version, Paragraph 2.1:". */
  readonly alsoVersionLabel: (language: string, place: string) => string;
  /** When that version has no paragraph of the number: "Paragraph 2.3: not in the French version." */
  readonly alsoVersionMissing: (language: string, place: string) => string;
}

const zhPlace: PlaceWords = {
  title: '报告标题',
  paragraph: (number) => `第${number}段`,
  summary: (index) => `概要第${index}段`,
  action: (index) => `需要采取的行动第${index}段`,
  references: (index) => `参考文件第${index}段`,
  header: (index) => `文件信息第${index}行`,
  annex: (annex) => (annex === '' ? '附件' : `附件${annex}`),
  annexParagraph: (annex, number) => `${annex === '' ? '附件' : `附件${annex}`}第${number}段`,
  resolutionOpening: '决议开头',
  preambleClause: (clause) => `序言部分第${clause}条`,
  operativeClause: (clause) => `执行部分第${clause}条`,
  clauseItem: (clause, item) => `${clause}第${item}项`,
  footnote: (mark) => `脚注${mark}`,
  table: (index) => `表${index}`,
  unnumbered: (index) => `第${index}段（无编号）`,
  heading: (index) => `标题${index}`,
  inPart: (part, said) => `第${part}部分：${said}`,
};

const enPlace: PlaceWords = {
  title: 'Report title',
  paragraph: (number) => `Paragraph ${number}`,
  summary: (index) => `Summary paragraph ${index}`,
  action: (index) => `Action required, paragraph ${index}`,
  references: (index) => `References, paragraph ${index}`,
  header: (index) => `Header line ${index}`,
  annex: (annex) => (annex === '' ? 'Annex' : `Annex ${annex}`),
  annexParagraph: (annex, number) => `${annex === '' ? 'Annex' : `Annex ${annex}`}, paragraph ${number}`,
  resolutionOpening: 'Opening of the resolution',
  preambleClause: (clause) => `Preamble clause ${clause}`,
  operativeClause: (clause) => `Operative clause ${clause}`,
  clauseItem: (clause, item) => `${clause}, item ${item}`,
  footnote: (mark) => `Footnote ${mark}`,
  table: (index) => `Table ${index}`,
  unnumbered: (index) => `Paragraph ${index} (unnumbered)`,
  heading: (index) => `Heading ${index}`,
  inPart: (part, said) => `Part ${part}: ${said}`,
};

const zh: BriefingStrings = {
  title: (reportTitle) => (reportTitle === undefined ? '笔记简报' : `简报：${reportTitle}`),
  contents: '目录',
  frontPart: '标题和概要',
  sectionNumber: (section) => `第${section}节`,
  paragraph: (number) => `第${number}段`,
  summaryParagraph: (number) => `概要第${number}段`,
  place: (place) => sayPlace(place, zhPlace),
  reportTitle: '报告标题',
  sectionHeading: (section) => `第${section}节标题`,
  tags: '标签',
  stance: '立场',
  stances: { support: '支持', concern: '关切', question: '疑问', 'follow-up': '跟进' },
  links: '关联段落',
  linkElsewhere: '（已不在报告中）',
  paragraphLinks: '段落之间的链接',
  orphans: '无法定位的笔记',
  orphansExplained: '这些笔记所附的文字已在报告中找不到，或其所在的文件已从资料库移除；下面保留记录时引用的文字。',
  noQuote: '（未记录引文）',
  removedDocument: (reportId) => `文件已移除：${reportId}（不在资料库中）`,
  noNotes: '没有符合条件的笔记。',
  scopeAll: '全部笔记',
  scopeReport: (title) => `报告“${title}”`,
  scopeTag: (tag) => `标签“${tag}”`,
  scopeStance: (stance) => `立场“${stance}”`,
  scopeSelection: (count) => `选定的${count}条笔记`,
  scopeSeparator: '，',
  exportLine: (date, noteCount, scope) => `导出于 ${date} · ${noteCount}条笔记 · 范围：${scope}`,
  counted: (label, count) => `${label}（${count}）`,
  colon: '：',
  quoted: (label) => `“${label}”`,
  changedInRevision: '（本修订版有改动）',
  changedInNamedRevision: (revision) => `（${revision} 有改动）`,
  delegation: '代表团',
  session: '会议',
  agendaItems: '议程项目',
  documents: '文件',
  stanceGroups: { support: '需要维护的立场', concern: '关切', question: '向秘书处提出的问题', 'follow-up': '后续行动', none: '其他笔记' },
  languageNames: { ar: '阿拉伯文', zh: '中文', en: '英文', fr: '法文', ru: '俄文', es: '西班牙文' },
  alsoVersionLabel: (language, place) => `${language}本${place}：`,
  alsoVersionMissing: (language, place) => `${language}本没有${place}。`,
};

const en: BriefingStrings = {
  title: (reportTitle) => (reportTitle === undefined ? 'Briefing notes' : `Briefing: ${reportTitle}`),
  contents: 'Contents',
  frontPart: 'Title and summary',
  sectionNumber: (section) => `Section ${section}`,
  paragraph: (number) => `Paragraph ${number}`,
  summaryParagraph: (number) => `Summary paragraph ${number}`,
  place: (place) => sayPlace(place, enPlace),
  reportTitle: 'Report title',
  sectionHeading: (section) => `Heading of section ${section}`,
  tags: 'Tags',
  stance: 'Stance',
  stances: { support: 'Support', concern: 'Concern', question: 'Question', 'follow-up': 'Follow-up' },
  links: 'Linked paragraphs',
  linkElsewhere: ' (no longer in the report)',
  paragraphLinks: 'Links between paragraphs',
  orphans: 'Orphaned notes',
  orphansExplained:
    'The text these notes were made on can no longer be found in the report, or its document was removed from the library; the quotes recorded with them are kept below.',
  noQuote: '(no quote recorded)',
  removedDocument: (reportId) => `Document removed: ${reportId} (not in the library)`,
  noNotes: 'No notes match.',
  scopeAll: 'all notes',
  scopeReport: (title) => `report “${title}”`,
  scopeTag: (tag) => `tag “${tag}”`,
  scopeStance: (stance) => `stance “${stance}”`,
  scopeSelection: (count) => `${count} selected note${count === 1 ? '' : 's'}`,
  scopeSeparator: ', ',
  exportLine: (date, noteCount, scope) => `Exported ${date} · ${noteCount} note${noteCount === 1 ? '' : 's'} · Scope: ${scope}`,
  counted: (label, count) => `${label} (${count})`,
  colon: ': ',
  quoted: (label) => `“${label}”`,
  changedInRevision: ' (changed in this revision)',
  changedInNamedRevision: (revision) => ` (changed in ${revision})`,
  delegation: 'Delegation',
  session: 'Session',
  agendaItems: 'Agenda items',
  documents: 'Documents',
  stanceGroups: { support: 'Positions to defend', concern: 'Concerns', question: 'Questions for the secretariat', 'follow-up': 'Follow-ups', none: 'Other notes' },
  languageNames: { ar: 'Arabic', zh: 'Chinese', en: 'English', fr: 'French', ru: 'Russian', es: 'Spanish' },
  alsoVersionLabel: (language, place) => `${language} version, ${place}:`,
  alsoVersionMissing: (language, place) => `${place}: not in the ${language} version.`,
};

const table: Readonly<Record<BriefingLanguage, BriefingStrings>> = {
  ar: briefingStringsAr,
  zh,
  en,
  fr: briefingStringsFr,
  ru: briefingStringsRu,
  es: briefingStringsEs,
};

/** The briefing's words in `lang`. */
export function briefingStrings(lang: BriefingLanguage): BriefingStrings {
  return table[lang];
}
