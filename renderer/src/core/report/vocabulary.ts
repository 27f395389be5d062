/**
 * The words ITU documents print in their six languages (ar zh en fr ru es) for the parts the
 * parser recognises: block headings, annexes, resolution clauses, months, language names,
 * header fields. Kept in one place so that adding a spelling is a one-line change.
 */
import type { DocumentLanguage } from './types';

export type BlockHeadingKind = 'summary' | 'action' | 'references';

// Bidirectional marks that Arabic text may carry around an otherwise bare heading.
const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** A line reduced for comparison with the lists below: NFC, no bidi marks, no trailing colon, lower case. */
export function comparable(text: string): string {
  return text.replace(BIDI_MARKS, '').normalize('NFC').trim().replace(/\s*[:：]$/u, '').replace(/\s+/gu, ' ').toLowerCase();
}

const BLOCK_HEADINGS: Readonly<Record<BlockHeadingKind, readonly (readonly [string, DocumentLanguage])[]>> = {
  summary: [
    ['summary', 'en'],
    ['résumé', 'fr'],
    ['resumen', 'es'],
    ['резюме', 'ru'],
    ['ملخص', 'ar'],
    ['概要', 'zh'],
    ['摘要', 'zh'],
  ],
  action: [
    ['action required', 'en'],
    ['suite à donner', 'fr'],
    ['acción solicitada', 'es'],
    ['acción requerida', 'es'],
    ['необходимые действия', 'ru'],
    ['الإجراء المطلوب', 'ar'],
    ['需要采取的行动', 'zh'],
    ['需采取的行动', 'zh'],
  ],
  references: [
    ['references', 'en'],
    ['références', 'fr'],
    ['referencias', 'es'],
    ['справочные материалы', 'ru'],
    ['المراجع', 'ar'],
    ['参考文件', 'zh'],
  ],
};

/** The block heading a whole line is ("Summary", "Suite à donner", "参考文件"), with the language it is written in. */
export function blockHeadingOf(text: string): { readonly kind: BlockHeadingKind; readonly language: DocumentLanguage } | undefined {
  const line = comparable(text);
  if (line.length > 40) return undefined;
  for (const kind of ['summary', 'action', 'references'] as const) {
    const match = BLOCK_HEADINGS[kind].find(([word]) => word === line);
    if (match !== undefined) return { kind, language: match[1] };
  }
  return undefined;
}

// "ANNEX 1", "Annex A", "ANNEXE 2", "ANEXO B", "ПРИЛОЖЕНИЕ 1", "الملحق 1", "附件1"; a sole annex has no label.
const ANNEX_HEADING =
  /^(?:annex|annexe|anexo|attachment|appendix|приложение|الملحق|ملحق|附件)\s*([0-9٠-٩]+|[A-ZА-Я]|ألف|باء|جيم|دال|[一二三四五六七八九十]+)?\s*(?:[-–—:.]\s*(.*))?$/iu;

const CYRILLIC_LETTERS = 'АБВГДЕЖЗИК';
const ARABIC_ANNEX_LETTERS = ['ألف', 'باء', 'جيم', 'دال'];
const CHINESE_NUMERALS = '一二三四五六七八九十';

/**
 * The language-neutral label of an annex heading line ("ANNEX 1" → "1", "Annex A" → "A",
 * "Приложение Б" → "B", "الملحق باء" → "B", "附件二" → "2", "ANNEX" → ""), or undefined when
 * the line is not an annex heading. The rest after a dash or colon is returned too.
 */
export function annexHeadingOf(text: string): { readonly label: string; readonly rest: string } | undefined {
  const match = ANNEX_HEADING.exec(text.replace(BIDI_MARKS, '').normalize('NFC').trim());
  if (match === null) return undefined;
  const raw = match[1] ?? '';
  const rest = (match[2] ?? '').trim();
  // A heading is short and written as a heading: "Annex 1 to Resolution 130 says" is a sentence.
  if (raw === '' && match[2] === undefined && text.trim().length > 12) return undefined;
  return { label: neutralAnnexLabel(raw), rest };
}

function neutralAnnexLabel(raw: string): string {
  if (raw === '') return '';
  if (/^[0-9٠-٩]+$/u.test(raw)) return String(Number(asciiDigits(raw)));
  const cyrillic = CYRILLIC_LETTERS.indexOf(raw.toUpperCase());
  if (/^[А-Я]$/iu.test(raw) && cyrillic >= 0) return String.fromCharCode(65 + cyrillic);
  const arabic = ARABIC_ANNEX_LETTERS.indexOf(raw);
  if (arabic >= 0) return String.fromCharCode(65 + arabic);
  if (/^[一二三四五六七八九十]+$/u.test(raw)) return String(chineseNumeral(raw));
  return raw.toUpperCase();
}

function chineseNumeral(raw: string): number {
  if (raw === '十') return 10;
  if (raw.startsWith('十')) return 10 + CHINESE_NUMERALS.indexOf(raw[1] ?? '') + 1;
  return CHINESE_NUMERALS.indexOf(raw[0] ?? '') + 1;
}

/** Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits turned into ASCII digits; other characters kept. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => String((digit.codePointAt(0) ?? 0) % 16));
}

/** Words that open a resolution's preamble clause, in the six languages. */
const PREAMBLE_WORDS = [
  'considering', 'recognizing', 'recognising', 'noting', 'recalling', 'bearing in mind', 'having regard to', 'taking into account', 'further considering', 'further recognizing', 'further noting', 'emphasizing', 'aware', 'concerned', 'convinced', 'having considered', 'noting with satisfaction', 'noting further', 'considering also', 'considering further', 'recognizing also', 'recognizing further', 'noting also', 'recalling also', 'further recalling', 'conscious', 'having regard also to', 'reaffirming',
  'considérant', 'reconnaissant', 'reconnaissant en outre', 'notant en outre', 'rappelant en outre', 'notant', 'rappelant', 'ayant à l\'esprit', 'tenant compte', 'considérant en outre', 'soulignant', 'consciente', 'conscient', 'préoccupée', 'convaincue', 'ayant examiné',
  'considerando', 'reconociendo', 'reconociendo además', 'observando además', 'recordando además', 'observando', 'tomando nota', 'recordando', 'teniendo en cuenta', 'teniendo presente', 'considerando además', 'subrayando', 'consciente', 'preocupado', 'convencido', 'habiendo examinado',
  'учитывая', 'признавая', 'отмечая', 'напоминая', 'принимая во внимание', 'подчеркивая', 'сознавая', 'будучи убежден', 'рассмотрев', 'с удовлетворением отмечая', 'с удовлетворением отметив', 'отметив',
  'إذ يضع في اعتباره', 'إذ يعترف', 'إذ يلاحظ', 'إذ يشير', 'إذ يأخذ في الاعتبار', 'وإذ يضع في اعتباره', 'إذ يدرك', 'إذ يذكّر', 'إذ يذكر', 'وقد نظر',
  '考虑到', '认识到', '注意到', '忆及', '铭记', '强调', '意识到', '审议了', '经审议', '经进一步审议', '进一步注意到', '进一步考虑到', '进一步认识到',
];

/** Words that open a resolution's operative clause. */
const OPERATIVE_WORDS = [
  'resolves', 'resolves to instruct the secretary-general', 'resolves to instruct', 'decides', 'instructs the secretary-general', 'instructs', 'invites member states', 'invites', 'requests', 'encourages', 'urges', 'calls upon', 'further resolves', 'approves', 'endorses',
  'décide', 'charge le secrétaire général', 'charge', 'invite les états membres', 'invite', 'demande', 'encourage', 'prie', 'approuve',
  'resuelve', 'decide', 'encarga al secretario general', 'encarga', 'invita a los estados miembros', 'invita', 'pide', 'alienta', 'insta', 'aprueba',
  'решает', 'постановляет', 'поручает генеральному секретарю', 'поручает', 'предлагает государствам-членам', 'предлагает', 'просит', 'призывает', 'утверждает',
  'يقرر', 'يكلف الأمين العام', 'يكلف', 'يدعو الدول الأعضاء', 'يدعو', 'يطلب', 'يشجع', 'يحث', 'يوافق',
  '做出决议', '决议', '决定', '责成秘书长', '责成', '请成员国', '请', '鼓励', '敦促', '批准',
];

// Longest first so that "instructs the Secretary-General" wins over "instructs".
const byLength = (a: string, b: string): number => b.length - a.length;
const PREAMBLE_SORTED = [...PREAMBLE_WORDS].sort(byLength);
const OPERATIVE_SORTED = [...OPERATIVE_WORDS].sort(byLength);

/**
 * A clause word opening a line that goes on with the clause's own text ("noting Resolution 1141,",
 * "напоминая, что …"): how clauses come out of a resolution whose line ends were lost. Printed in
 * small letters, like `clauseOf`'s; the whole text is the clause's.
 */
export function clauseOpeningOf(text: string): { readonly part: 'preamble' | 'operative'; readonly word: string } | undefined {
  const trimmed = text.replace(BIDI_MARKS, '').normalize('NFC').trim();
  if (/^\p{Lu}/u.test(trimmed)) return undefined;
  const line = trimmed.toLowerCase();
  // Chinese prints no space after the clause word ("注意到国际电联…"): a word of three characters or more may run on; "请" may not.
  const isEnd = (candidate: string): boolean => /^[\s,:：،，]/u.test(line.slice(candidate.length)) || (/^\p{Script=Han}{3,}$/u.test(candidate) && line.length > candidate.length);
  for (const [part, words] of [['preamble', PREAMBLE_SORTED], ['operative', OPERATIVE_SORTED]] as const) {
    const word = words.find((candidate) => line.startsWith(candidate) && isEnd(candidate));
    if (word !== undefined) return { part, word };
  }
  return undefined;
}

/** Where clause words open clauses inside a run-on line: after a comma or semicolon, followed by a space, comma or colon. */
export function clauseWordsIn(text: string): { readonly at: number; readonly part: 'preamble' | 'operative' }[] {
  const found: { at: number; part: 'preamble' | 'operative' }[] = [];
  // Latin, Cyrillic and Arabic put a space after the comma; Chinese does not.
  for (const match of text.matchAll(/[,;،]\s+|[,，；]\s*(?=\p{Script=Han})/gu)) {
    const at = match.index + match[0].length;
    const opening = clauseOpeningOf(text.slice(at, at + 80) + ' ');
    if (opening !== undefined) found.push({ at, part: opening.part });
  }
  return found;
}

/**
 * Whether a line opens a resolution clause: the whole line is a clause word ("considering",
 * "instructs the Secretary-General") or starts with one followed by a colon or a lettered item.
 * Clause words are printed lower case and alone on their line; a capitalised sentence is not one.
 */
export function clauseOf(text: string): { readonly part: 'preamble' | 'operative'; readonly word: string } | undefined {
  const trimmed = text.replace(BIDI_MARKS, '').normalize('NFC').trim();
  if (trimmed.length > 80 || /^\p{Lu}/u.test(trimmed)) return undefined;
  const line = comparable(trimmed).replace(/[,،]$/u, '');
  for (const [part, words] of [['preamble', PREAMBLE_SORTED], ['operative', OPERATIVE_SORTED]] as const) {
    // Chinese clause words are followed by the clause text's full-width colon in print.
    // Arabic joins a repeated clause word with "و" (and): "وإذ يعترف".
    const bare = line.replace(/^و(?=إذ)/u, '');
    const word = words.find((candidate) => bare === candidate || line === `${candidate}：`);
    if (word !== undefined) return { part, word };
  }
  return undefined;
}

// "RESOLUTION 1305 (modified 2017)", "DECISION 5 (Rev. Dubai, 2018)", "RÉSOLUTION 130", "РЕЗОЛЮЦИЯ 130", "القرار 130", "第1305号决议";
// the compilations of Council texts abbreviate: "Res. 1141", "Dec. 482", "Rés. 1141", "Déc. 482", "Рез. 1141", "Реш. 495".
const RESOLUTION_WORDS = String.raw`(?:(?:resolution|decision|résolution|décision|resolución|decisión|резолюция|решение|القرار|المقرر)\s+|(?:res|dec|rés|déc|рез|реш)\.\s*)[0-9٠-٩]+(?!\p{L})`;
const CHINESE_RESOLUTION = String.raw`第\s*[0-9]+\s*号(?:决议|决定)`;
const RESOLUTION_HEADING = new RegExp(`^(?:${RESOLUTION_WORDS}|${CHINESE_RESOLUTION})`, 'iu');
// The same heading inside a run-on line: at its start, or after a space or a rule (Chinese needs no space before it).
const RESOLUTION_HEADING_INSIDE = new RegExp(`(?<=^|[\\s_])(?:${RESOLUTION_WORDS})|${CHINESE_RESOLUTION}`, 'giu');

/** Where resolution or decision headings start inside a longer text. */
export function resolutionHeadingIndexes(text: string): number[] {
  return [...text.normalize('NFC').matchAll(RESOLUTION_HEADING_INSIDE)].map((match) => match.index);
}

// "The Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014),", "Le Conseil,": who speaks, before the first clause.
const SPEAKING_BODY =
  /^(?:the (?:plenipotentiary conference|council|itu council|world telecommunication development conference|world telecommunication standardization assembly|radiocommunication assembly|world radiocommunication conference)|la conférence|le conseil|l'assemblée|la conferencia|el consejo|la asamblea|полномочная конференция|совет|всемирная конференция|إن مؤتمر|إن المجلس|إن الجمعية|国际电联全权代表大会|理事会)(?!\p{L})/iu;
const SPEAKING_BODY_LINE = new RegExp(`${SPEAKING_BODY.source}.{0,200}[,،，]$`, 'iu');

/** Whether a line names who adopts a resolution, as it stands before the first clause ("The Council,"). */
export function isSpeakingBodyLine(text: string): boolean {
  return SPEAKING_BODY_LINE.test(text.replace(BIDI_MARKS, '').normalize('NFC').trim());
}

/** Whether a text opens with the name of who adopts a resolution ("The Plenipotentiary Conference of the…"), wrapped or not. */
export function startsSpeakingBody(text: string): boolean {
  return SPEAKING_BODY.test(text.replace(BIDI_MARKS, '').normalize('NFC').trim());
}

/** Whether a line names a resolution or decision by its number. */
export function isResolutionHeading(text: string): boolean {
  return RESOLUTION_HEADING.test(text.replace(BIDI_MARKS, '').normalize('NFC').trim());
}

/** Month names (as printed in dates) to month numbers, per language. */
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'janvier', 'enero', 'января', 'январь', 'يناير', 'كانون الثاني'],
  ['february', 'février', 'febrero', 'февраля', 'февраль', 'فبراير', 'شباط'],
  ['march', 'mars', 'marzo', 'марта', 'март', 'مارس', 'آذار'],
  ['april', 'avril', 'abril', 'апреля', 'апрель', 'أبريل', 'ابريل', 'إبريل', 'نيسان'],
  ['may', 'mai', 'mayo', 'мая', 'май', 'مايو', 'أيار'],
  ['june', 'juin', 'junio', 'июня', 'июнь', 'يونيو', 'يونيه', 'حزيران'],
  ['july', 'juillet', 'julio', 'июля', 'июль', 'يوليو', 'يوليه', 'تموز'],
  ['august', 'août', 'agosto', 'августа', 'август', 'أغسطس', 'آب'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'сентября', 'сентябрь', 'سبتمبر', 'أيلول'],
  ['october', 'octobre', 'octubre', 'октября', 'октябрь', 'أكتوبر', 'تشرين الأول'],
  ['november', 'novembre', 'noviembre', 'ноября', 'ноябрь', 'نوفمبر', 'تشرين الثاني'],
  ['december', 'décembre', 'diciembre', 'декабря', 'декабрь', 'ديسمبر', 'كانون الأول'],
];

const MONTH_PATTERN = MONTHS.flat().sort(byLength).join('|');
// "7 June 2017", "7 de junio de 2017", "7 июня 2017 года", "17 يوليو 2018", "Monday, 15 May 2017", "1er juin 2017"
// A date may be glued to the symbol's language letter when line ends were lost ("Document 67-S4 de septiembre de 2014").
const DAY_MONTH_YEAR = new RegExp(`(?:^|[\\s,(]|(?<=[0-9]-[ACEFRS]))([0-9٠-٩]{1,2})(?:er)?\\s+(?:de\\s+)?(${MONTH_PATTERN})\\s+(?:de\\s+)?([0-9٠-٩]{4})`, 'iu');
// "June 7, 2017"
const MONTH_DAY_YEAR = new RegExp(`(?:^|[\\s,(])(${MONTH_PATTERN})\\s+([0-9]{1,2}),?\\s+([0-9]{4})`, 'iu');
const CHINESE_DATE = /([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日/u;
// What may stand around a date on a line that is only a date: weekdays, times and their words.
const DATE_LINE_WORDS =
  /(?<!\p{L})(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|from|to|at|hours|hrs|le|de|du|à|heures|h|el|a|las|horas|с|до|в|часов|час|года|г)(?!\p{L})|(?:الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|من|إلى|الساعة|م)(?=\s|$|[,،])/giu;

/** The first date printed in a line, as ISO 8601 ("2017-06-07"), or undefined. */
export function dateIn(text: string): string | undefined {
  const line = asciiDigits(text.normalize('NFC'));
  const dayFirst = DAY_MONTH_YEAR.exec(line);
  if (dayFirst !== null) return isoDate(dayFirst[3], monthNumber(dayFirst[2]), dayFirst[1]);
  const monthFirst = MONTH_DAY_YEAR.exec(line);
  if (monthFirst !== null) return isoDate(monthFirst[3], monthNumber(monthFirst[1]), monthFirst[2]);
  const chinese = CHINESE_DATE.exec(line);
  if (chinese !== null) return isoDate(chinese[1], Number(chinese[2]), chinese[3]);
  return undefined;
}

const MONTH_AND_YEAR = new RegExp(`(?:${MONTH_PATTERN})\\s+(?:de\\s+)?[0-9٠-٩]{4}|[0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月`, 'iu');

// "(18 - 29 JUIN)", "15-25 May", "(22 APRIL - 2 MAY)": the days a meeting runs, whatever stands around them.
const DAY_RANGE = new RegExp(`[0-9]{1,2}(?:\\s+(?:${MONTH_PATTERN}))?\\s*[-–]\\s*[0-9]{1,2}\\s+(?:${MONTH_PATTERN})(?!\\p{L})`, 'iu');

/** Whether a short line names a month and a year, or the days a meeting runs: the meeting's place and dates ("Geneva, 15-25 May 2017"). */
export function hasMonthAndYear(text: string): boolean {
  const line = text.normalize('NFC');
  return text.length <= 80 && (MONTH_AND_YEAR.test(line) || DAY_RANGE.test(line));
}

/** Whether a text begins with a date ("7 June 2017 …", "17 يوليو 2018 …"): its first number is a day, not a section. */
export function startsWithDate(text: string): boolean {
  const line = asciiDigits(text.normalize('NFC')).trim();
  const match = DAY_MONTH_YEAR.exec(line);
  return match !== null && match.index === 0;
}

/** Whether a whole line is a date ("7 June 2017", "Monday, 15 May 2017, from 1435 to 1745 hours"): never a numbered section. */
export function isDateLine(text: string): boolean {
  const line = asciiDigits(text.normalize('NFC')).trim();
  if (line.length > 90) return false;
  const pattern = [DAY_MONTH_YEAR, MONTH_DAY_YEAR, CHINESE_DATE].find((candidate) => candidate.test(line));
  if (pattern === undefined) return false;
  const rest = line.replace(pattern, ' ').replace(DATE_LINE_WORDS, ' ').replace(/星期[一二三四五六日]|上午|下午|时|点|分/gu, ' ');
  return !/\p{L}/u.test(rest.replace(/[0-9]/gu, ''));
}

function monthNumber(name: string | undefined): number {
  const lower = (name ?? '').toLowerCase();
  return MONTHS.findIndex((names) => names.includes(lower)) + 1;
}

function isoDate(year: string | undefined, month: number, day: string | undefined): string | undefined {
  const y = Number(year);
  const d = Number(day);
  if (!Number.isInteger(y) || month < 1 || d < 1 || d > 31) return undefined;
  return `${y}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Language names as printed after "Original:" in the six languages, to codes. */
const LANGUAGE_NAMES: readonly (readonly [DocumentLanguage, readonly string[]])[] = [
  ['en', ['english', 'anglais', 'inglés', 'ingles', 'английский', 'الإنجليزية', 'الإنكليزية', 'بالإنجليزية', 'بالإنكليزية', '英文', '英语']],
  ['fr', ['french', 'français', 'francés', 'французский', 'الفرنسية', 'بالفرنسية', '法文', '法语']],
  ['es', ['spanish', 'espagnol', 'español', 'испанский', 'الإسبانية', 'بالإسبانية', '西班牙文', '西班牙语']],
  ['ru', ['russian', 'russe', 'ruso', 'русский', 'الروسية', 'بالروسية', '俄文', '俄语']],
  ['ar', ['arabic', 'arabe', 'árabe', 'арабский', 'العربية', 'بالعربية', '阿拉伯文', '阿拉伯语']],
  ['zh', ['chinese', 'chinois', 'chino', 'китайский', 'الصينية', 'بالصينية', '中文', '汉语']],
];

// The name ends where a capital starts the next word run on after it ("Original: EnglishSUMMARY RECORD").
// Not case-insensitive, so that a small letter stays small: the word is matched in its three casings.
const ORIGINAL_LINE = /(?:[Oo]riginal|ORIGINAL|[Оо]ригинал|ОРИГИНАЛ|الأصل|原文)\s*[:：]\s*(\p{L}[\p{Ll}\p{Lo}\p{Mn}]*)/u;

// "English only", "Anglais seulement", "Solo en inglés", "Только на английском языке", "بالإنكليزية فقط", "仅英文"
const ONLY_LINE = /^(?:(\p{L}+) only|(\p{L}+) seulement|s[oó]lo en (\p{L}+)|únicamente en (\p{L}+)|только на (\p{L}+) языке|(\S+) فقط|仅有?(\S+))$/iu;
const RUSSIAN_PREPOSITIONAL: Readonly<Record<string, string>> = { английском: 'английский', французском: 'французский', испанском: 'испанский', русском: 'русский', арабском: 'арабский', китайском: 'китайский' };

/** Where the "Original: English" statement of a line ends (a header run together with what follows), or undefined. */
export function originalStatementEnd(text: string): number | undefined {
  const match = ORIGINAL_LINE.exec(text);
  if (match === null || LANGUAGE_NAMES.every(([, names]) => !names.includes((match[1] ?? '').toLowerCase()))) return undefined;
  return match.index + match[0].length;
}

/** The original language a line states ("Original: English" → en, "English only" → en), or undefined. */
export function originalLanguageIn(text: string): DocumentLanguage | undefined {
  const line = text.replace(BIDI_MARKS, '').normalize('NFC').trim();
  const only = ONLY_LINE.exec(line)?.slice(1).find((group) => group !== undefined)?.toLowerCase();
  const name = only === undefined ? ORIGINAL_LINE.exec(line)?.[1]?.toLowerCase() : (RUSSIAN_PREPOSITIONAL[only] ?? only);
  if (name === undefined) return undefined;
  return LANGUAGE_NAMES.find(([, names]) => names.includes(name))?.[0];
}

const AGENDA_ITEM = /(?:agenda item|point de l['’]ordre du jour|punto del orden del d[ií]a|пункт повестки дня|بند جدول الأعمال|议项|议程项目)\s*[:：]?\s*((?:[A-Z]{2,4}\s*)?[0-9]+(?:\.[0-9]+)*(?:,\s*(?:[A-Z]{2,4}\s*)?[0-9]+(?:\.[0-9]+)*)*)/iu;

// An agenda item printed alone in brackets under the meeting's part, as Council documents did until 2003: "(PL 1.1)", "(ADM 7)".
const BRACKETED_AGENDA_ITEM = /^\(((?:PL|ADM|COM)\s*[0-9]+(?:\.[0-9]+)*)\)$/u;

/** The agenda item a line states, as printed ("ADM 7"), or undefined. */
export function agendaItemIn(text: string): string | undefined {
  const line = asciiDigits(text.replace(BIDI_MARKS, '').normalize('NFC'));
  return (AGENDA_ITEM.exec(line) ?? BRACKETED_AGENDA_ITEM.exec(line.trim()))?.[1]?.trim().replace(/\s+/gu, ' ');
}

// Who submitted the document when it is a body or a group of members: these name it without "by" or "from".
const SUBMITTER_LINE =
  /^(?:member states|administrations?|états membres|administrations?|estados miembros|administraci(?:ón|ones)|государства-члены|администрации|الدول الأعضاء|إدارات|إدارة|chairm[ae]n of|chair of|président(?:e)? d[eu]|presidente del?|председатель|رئيس|رئيسة)(?!\p{L})/iu;
// Who submitted the document: the line starts with one of these and is short.
const SOURCE_LINE =
  /^(?:report|note|contribution|proposal|statement|rapport|note|contribution|proposition|déclaration|informe|nota|contribución|propuesta|declaración|отч[её]т|записка|вклад|предложение|заявление|تقرير|مذكرة|مساهمة|اقتراح|بيان)(?!\p{L})|^\S{1,20}(?:的)?(?:报告|说明|文稿|提案|文件)$|^\S{1,60}(?:主席|秘书长|副秘书长|主任|秘书处)的?(?:报告|说明)$/iu;
const TOPIC_AFTER_FIRST_WORD = /^\S+\s+(?:on|about|sur|sobre|о|об|حول|عن)\s/iu;
const SOURCE_CONTINUATION = /\s(?:by|of|from|du|de la|de l'|des|de|del|генерального|от|من|المقدمة)\s/iu;

/** Whether a header line names the document's source ("Report by the Secretary-General", "秘书长的报告"). */
export function isSourceLine(text: string): boolean {
  const line = text.replace(BIDI_MARKS, '').normalize('NFC').trim();
  if (line.length > 160 || /[.。]$/u.test(line)) return false;
  // Titles are printed in capitals ("REPORT ON THE …"); a source line is not.
  if (/\p{Lu}{3}/u.test(line) && !/[\p{Ll}\p{Lo}]/u.test(line)) return false;
  if (/\p{Script=Han}/u.test(line)) return SOURCE_LINE.test(line);
  // "Report on …", "Rapport sur …", "Informe sobre …" say what a document is about: a title, not who sent it.
  if (TOPIC_AFTER_FIRST_WORD.test(line)) return false;
  if (SUBMITTER_LINE.test(line)) return true;
  return SOURCE_LINE.test(line) && (SOURCE_CONTINUATION.test(` ${line} `) || line.split(/\s+/u).length <= 4);
}

// "Council 2017", "Conseil 2017", "Consejo 2017", "Совет 2017", "المجلس 2017", "理事会2017年会议", "Plenipotentiary Conference (PP-18)"
const MEETING_LINE =
  /^(?:council|conseil|consejo|совет|المجلس|理事会|plenipotentiary conference|conférence de plénipotentiaires|conferencia de plenipotenciarios|полномочная конференция|مؤتمر المندوبين المفوضين|全权代表大会|world telecommunication development conference|conférence mondiale de développement des télécommunications|conferencia mundial de desarrollo de las telecomunicaciones|всемирная конференция по развитию электросвязи|المؤتمر العالمي لتنمية الاتصالات|世界电信发展大会)(?!\p{L})|^理事会\s*[0-9]{4}/iu;

/** Whether a line names the meeting the document was written for. */
export function isMeetingLine(text: string): boolean {
  return MEETING_LINE.test(text.replace(BIDI_MARKS, '').normalize('NFC').trim());
}

// A summary record's title opens with the same words in every record of a language: where the line ends of
// the title were lost ("SUMMARY RECORDOF THEINAUGURAL PLENARY MEETING"), they are known words to space again.
// Russian keeps "КРАТКИЙ ОТЧЕТ" only: its next word is "О" or "ОБ", which a glued ordinal makes ambiguous.
const RECORD_TITLE_OPENINGS: readonly RegExp[] = [
  ['summary', 'record', 'of', 'the'],
  ['compte', 'rendu', 'de', 'la'],
  ['resumen', 'de', 'los', 'debates', 'de', 'la'],
  ['краткий', 'отчет'],
].map((words) => new RegExp(`^${words.map((word) => `(${word})`).join('\\s*')}\\s*(?=\\S)`, 'iu'));

/** A summary record's title with the words of its opening spaced as printed ("SUMMARY RECORD OF THE INAUGURAL…"); other titles as they are. */
export function withRecordTitleSpaced(title: string): string {
  for (const opening of RECORD_TITLE_OPENINGS) {
    const match = opening.exec(title);
    if (match !== null) return `${match.slice(1).join(' ')} ${title.slice(match[0].length)}`;
  }
  return title;
}

// The part of a conference a document goes to ("PLENARY MEETING", "COMMITTEE 4", "第4委员会"), and a
// meeting's acronym on a line of its own under its name ("(WTDC-02)"): header lines, never a title.
const MEETING_PART_LINE =
  /^(?:plenary meeting|séance plénière|sesión plenaria|пленарное заседание|الجلسة العامة|全体会议|(?:committee|commission|comisión|комитет|اللجنة)\s+[0-9٠-٩]+|第\s*[0-9]+\s*委员会|\([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\))$/iu;

/** Whether a line names the part of a conference a document goes to, or is the meeting's acronym alone. */
export function isMeetingPartLine(text: string): boolean {
  return MEETING_PART_LINE.test(text.replace(BIDI_MARKS, '').normalize('NFC').trim());
}

// Script and the commonest short words are enough to tell the six languages apart.
const STOP_WORDS: readonly (readonly [DocumentLanguage, readonly string[]])[] = [
  ['en', ['the', 'and', 'of', 'to', 'is', 'in', 'by', 'for', 'with']],
  ['fr', ['le', 'la', 'les', 'des', 'et', 'du', 'est', 'une', 'pour', 'dans', 'au']],
  ['es', ['el', 'los', 'las', 'del', 'y', 'es', 'una', 'para', 'con', 'en', 'al']],
];

/** The language a text is written in, told by its script and commonest words; `und` when nothing tells. */
export function languageOfText(text: string): DocumentLanguage {
  const count = (pattern: RegExp): number => text.match(pattern)?.length ?? 0;
  const scripts: [DocumentLanguage, number][] = [
    ['zh', count(/\p{Script=Han}/gu) * 2],
    ['ru', count(/\p{Script=Cyrillic}/gu)],
    ['ar', count(/\p{Script=Arabic}/gu)],
  ];
  const latin = count(/\p{Script=Latin}/gu);
  const [script, scriptCount] = scripts.sort((a, b) => b[1] - a[1])[0] ?? ['und', 0];
  if (scriptCount > latin && scriptCount > 0) return script;
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const scores = STOP_WORDS.map(([language, list]) => [language, words.filter((word) => list.includes(word)).length] as const);
  const [best, bestCount] = [...scores].sort((a, b) => b[1] - a[1])[0] ?? ['und', 0];
  return bestCount >= 2 ? best : 'und';
}
