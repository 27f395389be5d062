/**
 * Where a full name printed before a bracketed acronym starts. Chinese has no spaces, so the
 * name is cut from the text before the bracket: at punctuation, at words that cannot be inside a
 * name (`了`, `在`, `由`, `包括`, `建立`…), after the report's own subject (`国际电联…与`), and
 * after an address (`苏丹共和国喀土穆`). English names are the run of capitalised words (with
 * `of`, `for`, `and`…) before the bracket, started at the word that gives the acronym its first letter.
 */
import { findPlaces } from './places';

// Words that end a Chinese name when found before it. `与`/`和`/`及` are not here: names contain
// them (`欧洲网络与信息安全署`, `联合国毒品和犯罪问题办公室`).
const cutWords = [
  '以及', '包括', '通过', '得到', '参加', '参与', '协助', '举办', '主办', '承办', '开展', '建立', '设立',
  '成立', '加入', '根据', '按照', '关于', '有关', '对于', '作为', '其中', '发布', '介绍', '加强', '成为',
  '推进', '支持下', '在', '由', '对', '向', '了', '的', '是', '将', '把', '被', '从', '给', '等', '并', '均', '即', '如',
];
const joinWords = ['与', '和', '及', '同', '或', '跟'];
const ownSubjects = ['国际电信联盟', '国际电联'];
const orgSuffixes = [
  '组织', '署', '办公室', '办事处', '中心', '学院', '大学', '研究所', '研究院', '委员会', '联盟', '电联', '共同体', '论坛',
  '团队', '管理局', '监管局', '局', '公司', '协会', '学会', '基金会', '银行', '热线', '理事会', '工作组', '峰会', '部',
  '部门', '机构', '集团', '联合会', '政府', '议会', '举措', '倡议', '联合体',
];
const orgWords = new Set([
  'Centre', 'Center', 'School', 'Institute', 'Organization', 'Organisation', 'Office', 'Agency', 'Union', 'Commission',
  'Council', 'Forum', 'Foundation', 'Bank', 'Association', 'University', 'Community', 'Team', 'Teams', 'Authority',
  'Ministry', 'Group', 'Initiative', 'Society', 'Corporation', 'Company', 'Secretariat', 'Committee', 'Federation',
  'Alliance', 'Partnership', 'Bureau', 'Police', 'Telecommunity', 'Department', 'Fund', 'Programme', 'Program',
]);
const connectors = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'to', '&']);
// The same words in French, Spanish and Russian, lower case (their names capitalise only the first word).
const otherOrgWords = new Set([
  'union', 'agence', 'organisation', 'commission', 'office', 'bureau', 'conseil', 'centre', 'institut', 'autorité',
  'ministère', 'fondation', 'association', 'équipe', 'unión', 'agencia', 'organización', 'comisión', 'oficina', 'consejo',
  'centro', 'instituto', 'autoridad', 'ministerio', 'fundación', 'asociación', 'equipo', 'союз', 'агентство',
  'организация', 'комиссия', 'бюро', 'совет', 'центр', 'институт', 'министерство', 'фонд', 'ассоциация', 'группа',
]);
// Small words that do not give an acronym its letters: `Union internationale des télécommunications (UIT)`.
const minorWords = new Set([...connectors, 'et', 'y', 'del', 'los', 'las', 'el', 'les', 'pour', 'para', 'en', 'sur', 'и', 'по', 'в', 'для']);
const maxNameWords = 12;

function isNameChar(char: string | undefined): boolean {
  return char !== undefined && (/\p{Script=Han}/u.test(char) || /[A-Za-z]/u.test(char));
}

function afterLast(text: string, words: readonly string[]): string {
  let cut = 0;
  for (const word of words) {
    const index = text.lastIndexOf(word);
    if (index >= 0) cut = Math.max(cut, index + word.length);
  }
  return text.slice(cut);
}

function withoutAddress(name: string): string {
  const places = findPlaces(name);
  const [first, second] = places;
  if (first !== undefined && second !== undefined && first.span.start === 0 && second.span.start === first.span.end && second.span.end < name.length) {
    return name.slice(second.span.end);
  }
  return name;
}

/** The Chinese name that ends at `end` of width-folded text, if one can be told apart. */
export function chineseNameBefore(folded: string, end: number): string | undefined {
  if (folded[end - 1] === '》') {
    const open = folded.lastIndexOf('《', end - 1);
    return open < 0 ? undefined : folded.slice(open + 1, end - 1);
  }
  let start = end;
  while (start > 0 && isNameChar(folded[start - 1])) start--;
  let name = afterLast(folded.slice(start, end), cutWords);
  // `EnergyPact基金会和奥地利技术研究院`: an organisation's name, a join word, then the next name.
  for (let i = name.length - 1; i > 0; i--) {
    if (joinWords.includes(name[i] ?? '') && isChineseOrganisationName(name.slice(0, i))) {
      name = name.slice(i + 1);
      break;
    }
  }
  for (const subject of ownSubjects) {
    const index = name.lastIndexOf(subject);
    if (index < 0) continue;
    const rest = name.slice(index + subject.length);
    const join = Math.min(...joinWords.map((word) => rest.indexOf(word)).filter((at) => at >= 0));
    name = Number.isFinite(join) ? rest.slice(join + 1) : rest;
  }
  while (name.length > 0 && joinWords.includes(name[0] ?? '')) name = name.slice(1);
  name = withoutAddress(name);
  return name.length >= 2 && /\p{Script=Han}/u.test(name) ? name : undefined;
}

/** The English name that ends at `end` (before the space and bracket), started at the acronym's letter. */
export function englishNameBefore(folded: string, end: number, acronym: string | undefined): string | undefined {
  const words = folded.slice(Math.max(0, end - 200), end).trimEnd().split(/\s+/u);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    const isCapitalised = /^[A-Z][\w'’.&-]*$/u.test(word);
    if (isCapitalised) taken.unshift(word);
    else if (connectors.has(word) && taken.length > 0 && /^[A-Z]/u.test(words[i - 1] ?? '')) taken.unshift(word);
    else break;
  }
  while (taken.length > 0 && connectors.has(taken[0] ?? '')) taken.shift();
  const letter = acronym?.[0]?.toUpperCase();
  const from = letter === undefined ? -1 : taken.findIndex((word) => word[0] === letter);
  const name = (from > 0 ? taken.slice(from) : taken).join(' ');
  return name.split(' ').length >= 2 ? name : undefined;
}

function withoutElision(word: string): string {
  return word.replace(/^(?:l|d|qu)'/iu, '');
}

/** True when the acronym's letters are, in order, initials of the name's main words. */
function hasInitials(words: readonly string[], acronym: string): boolean {
  const letters = [...acronym.replace(/[^\p{L}]/gu, '').toLowerCase()];
  let next = 0;
  for (const word of words) {
    if (minorWords.has(word.toLowerCase())) continue;
    if (word[0]?.toLowerCase() === letters[next]) next++;
    if (next === letters.length) return true;
  }
  return false;
}

/**
 * The name before a bracketed acronym in a language whose names are mostly lower case
 * (French, Spanish, Russian): the nearest capitalised word that starts with the acronym's letter
 * and from which the acronym's letters are initials, to the bracket.
 */
export function initialsNameBefore(folded: string, end: number, acronym: string): string | undefined {
  const words = folded.slice(Math.max(0, end - 300), end).trimEnd().split(/\s+/u).map(withoutElision).slice(-maxNameWords);
  const first = acronym[0]?.toLowerCase();
  for (let i = words.length - 2; i >= 0; i--) {
    const word = words[i] ?? '';
    if (/[,.;:]$/u.test(word)) return undefined;
    if (!/^\p{Lu}/u.test(word) || word[0]?.toLowerCase() !== first) continue;
    const name = words.slice(i);
    if (hasInitials(name, acronym)) return name.join(' ');
  }
  return undefined;
}

/** True when a Chinese name reads as an organisation's (`…组织`, `…署`, `…中心`), not a concept's (`信息通信技术`). */
export function isChineseOrganisationName(name: string): boolean {
  return orgSuffixes.some((suffix) => name.endsWith(suffix));
}

/** True when an English name reads as an organisation's (`… Institute of Technology`), not a concept's. */
export function isEnglishOrganisationName(name: string): boolean {
  return name.split(/\s+/u).some((word) => orgWords.has(word) || otherOrgWords.has(word.toLowerCase()));
}
