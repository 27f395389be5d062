/**
 * What an activity is, in a few words: the lead clause of its paragraph. And whether a date in
 * the paragraph is one that happened or one that is aimed at ("将在2017年底之前公开发布", "to be
 * published by end 2017"): a publication target is not an activity, so the activities table
 * lists such dates apart as targets and the timeline leaves them out (activities.ts).
 *
 * Both work on clauses: stretches of text between clause marks (，；：。！？ and , ; : . ! ?; not
 * the enumeration comma 、, which lists within a clause)
 * outside brackets and quotation marks, so `第130号决议（2014年，釜山，修订版）` stays whole.
 */

/** The most characters a description has: about a line of the table in Chinese, two in English. */
export const MAX_DESCRIPTION_LENGTH = { zh: 60, en: 140 } as const;

/** A lead clause shorter than this is joined with the next one (a date alone, "此外"). */
const MIN_CLAUSE_LENGTH = { zh: 12, en: 30 } as const;

const OPENERS = '（(「『“‘《〈【[';
const CLOSERS = '）)」』”’》〉】]';
// `.` ends a clause only before a space or the end (not in `X.509`, `16.2`, `3/2`).
const CLAUSE_MARK = /^(?:[，；：。！？;:!?]|,(?=\s)|\.(?=\s|$))/u;
const SENTENCE_END = /^(?:[。！？；;!?]|\.(?=\s|$))/u;

// A clause that sets the scene rather than says what happened: the description goes on to the
// clause that does ("作为…的一部分，目前正在开发…", "In 2016, ITU trained…").
const FRAMING_ZH = /^(?:作为|为了|为|根据|按照|依照|依据|继|在|于|自|从|截至|到目前为止|此外|另外|同时|鉴于|通过|随着|对此|为此)/u;
const FRAMING_EN = /^(?:as|in|on|at|to|for|following|further(?:more)?|in addition|under|with|since|during|through|from|by|after|before|moreover|also|additionally|meanwhile)\b/iu;
// A clause that is nothing but a date (`2016年7月27-28日`, `On 29-30 November 2016`).
const DATE_ONLY = /^(?:on|in|from)?\s*[\d\s年月日号至到\-–—/.]*(?:january|february|march|april|may|june|july|august|september|october|november|december)?[\d\s,\-–—]*$/iu;

// A date in the future or a target: zh 将于/将在/预计/计划于/拟于/即将/有待/年底前…, en will,
// to be published, is expected to, scheduled for, by (the) end (of), no later than, deadline.
const PLANNED_ZH = /将(?:于|在|会|要|可|予)|预计|预期|计划(?:于|在|将|到)|拟(?:于|在|将)|即将|有待|届时|争取|力争|(?:年底|年末|月底|之内)(?:之?前|以前)?(?:完成|发布|公布|提交|出版)|(?:年底|年末|月底)(?:之前|以前)/u;
const PLANNED_EN =
  /\b(?:will|shall|to be (?:published|released|held|completed|launched|finali[sz]ed|adopted|presented|submitted)|(?:is|are) (?:expected|scheduled|planned|due) to|(?:expected|scheduled|planned|due) (?:in|for|by|on)|forthcoming|upcoming|by (?:the )?end(?: of)?|no later than|deadline|target(?:ed)? (?:date|for))\b/iu;

/** A clause of a text: its UTF-16 range and text, trimmed. */
interface Clause {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Whether the mark after it ends a sentence. */
  readonly endsSentence: boolean;
}

/** Whether the text is written mostly in Chinese characters (then the zh lengths apply). */
function isChinese(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return han >= latin / 4;
}

/** The clauses of `text` in order, cut at clause marks outside brackets and quotes. */
function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number, endsSentence: boolean): void => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (value !== '') clauses.push({ start: start + leading, end: start + leading + value.length, text: value, endsSentence });
  };
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? '';
    if (OPENERS.includes(character)) depth++;
    else if (CLOSERS.includes(character)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_MARK.test(text.slice(index, index + 2))) {
      push(index, SENTENCE_END.test(text.slice(index, index + 2)));
      start = index + 1;
    }
  }
  push(text.length, true);
  return clauses;
}

function isFraming(clause: string): boolean {
  return FRAMING_ZH.test(clause) || FRAMING_EN.test(clause) || DATE_ONLY.test(clause);
}

/** `text` cut to `max` characters (code points), at a word end in Latin script, with an ellipsis. */
function shorten(text: string, max: number): string {
  const characters = [...text];
  if (characters.length <= max) return text;
  const cut = characters.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(isChinese(cut) || space < max / 2 ? cut : cut.slice(0, space)).trimEnd()}…`;
}

/**
 * The lead clause of a paragraph, as the description of its activity: the text up to the first
 * clause mark, joined with the next clause while it is very short or only sets the scene (a
 * date, "作为…的一部分", "In 2016"), never past the first sentence, at most
 * MAX_DESCRIPTION_LENGTH characters (cut with "…"). Chinese and English.
 */
export function leadClause(text: string): string {
  const oneLine = text.replace(/\s+/gu, ' ');
  const clauses = clausesOf(oneLine);
  const first = clauses[0];
  if (first === undefined) return '';
  const language = isChinese(oneLine) ? 'zh' : 'en';
  let end = first.end;
  for (const clause of clauses) {
    end = clause.end;
    const length = [...oneLine.slice(first.start, end)].length;
    if (clause.endsSentence || (length >= MIN_CLAUSE_LENGTH[language] && !isFraming(clause.text))) break;
  }
  return shorten(oneLine.slice(first.start, end), MAX_DESCRIPTION_LENGTH[language]);
}

/**
 * Whether the date at [start, end) of `text` is a target rather than something that happened:
 * its clause speaks of the future or a deadline ("将在2017年底之前公开发布", "to be published by
 * end 2017"). When the date's clause only sets the scene ("In 2018,"), the clause after it is
 * read too, since that is where the verb is.
 */
export function isPlannedDate(text: string, start: number, end: number): boolean {
  const clauses = clausesOf(text);
  const index = clauses.findIndex((clause) => clause.start <= start && end <= clause.end);
  const clause = clauses[index];
  if (clause === undefined) return false;
  const next = clauses[index + 1];
  const read = isFraming(clause.text) && !clause.endsSentence && next !== undefined ? `${clause.text} ${next.text}` : clause.text;
  return PLANNED_ZH.test(read) || PLANNED_EN.test(read);
}
