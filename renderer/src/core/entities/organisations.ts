/**
 * Organisations: aliases learned from the corpus itself, merged with the curated catalog, then
 * found wherever any of their names is printed. A full name followed by a bracketed acronym or
 * English name (`欧洲网络与信息安全署（ENISA）`, `牛津大学马丁学院（Oxford Martin School）`,
 * `United Nations Office on Drugs and Crime (UNODC)`, either bracket style) makes one entity of
 * its names, across reports. Brackets that hold no acronym (`（2014年，釜山，修订版）`,
 * `（3G、4G和5G）`) or follow a concept rather than an organisation (`信息通信技术（ICT）`,
 * `大数据即服务（Big-Data-as-a-Service）`) teach nothing.
 */
import { type KnownOrganisation, knownOrganisations } from './organisationCatalog';
import {
  chineseNameBefore,
  englishNameBefore,
  initialsNameBefore,
  isChineseOrganisationName,
  isEnglishOrganisationName,
} from './organisationNames';
import { buildLexicon, findNames, type Lexicon } from './nameLexicon';
import { foldWidth, slug, spanOf } from './textScan';
import type { FoundMention } from './types';

/** One organisation (or programme) as the lexicon knows it. */
export interface OrganisationEntry {
  readonly id: string;
  readonly kind: 'organisation' | 'programme';
  /** The acronym shown as the organisation's name; without one, the name printed most often is. */
  readonly acronym?: string;
  readonly names: readonly string[];
}

/** What learning produced: the organisations and a lexicon of all their names. */
export interface OrganisationLexicon {
  readonly entries: readonly OrganisationEntry[];
  readonly lexicon: Lexicon<OrganisationEntry>;
}

/** A pair of names the text says are one organisation. */
interface LearnedPair {
  readonly acronym?: string;
  readonly names: readonly string[];
}

const ACRONYM = /^\p{Lu}[\p{L}0-9&]*(?:[ -][\p{L}0-9&]+)*$/u;
const ENGLISH_NAME = /^[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|for|and|the|on|in|de|du|des|la|to|&))+$/u;
const ITU_IDENTIFIER = /^(?:SG\s*-?\s*\d|ITU-[TRD]\b|[A-Z]{1,3}\.\d|C\d{2}\/|Q\d)/u;

// Each word of an acronym is at least half capitals: `AP CERT`, `AfricaCERT`, `IdM`, not `Oxford Martin School`.
function isAcronymWord(word: string): boolean {
  return (word.match(/\p{Lu}/gu)?.length ?? 0) * 2 >= word.length;
}

function isAcronym(text: string): boolean {
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  return (
    ACRONYM.test(text) &&
    capitals >= 2 &&
    text.length <= 20 &&
    text.split(/[ -]/u).every(isAcronymWord) &&
    !/\d{4}/u.test(text) &&
    !ITU_IDENTIFIER.test(text)
  );
}

/** Acronyms are merged whatever their spacing or case: `AP CERT` = `APCERT`, `INTERPOL` = `Interpol`. */
function acronymKey(acronym: string): string {
  return `acronym:${acronym.replace(/[\s.-]/gu, '').toUpperCase()}`;
}

function nameKey(name: string): string {
  return `name:${foldWidth(name).replace(/\s+/gu, ' ').toLowerCase()}`;
}

function nameBefore(folded: string, end: number, acronym: string | undefined): string | undefined {
  const before = folded[end - 1];
  if (before === undefined) return undefined;
  if (/[\p{Script=Han}》]/u.test(before)) return chineseNameBefore(folded, end);
  // French, Spanish and Russian names have lower-case words: `Union internationale des télécommunications (UIT)`.
  return englishNameBefore(folded, end, acronym) ?? (acronym === undefined ? undefined : initialsNameBefore(folded, end, acronym));
}

/** The longest known name the learned name ends with (`…奥地利技术研究院`), else the name itself. */
function knownSuffix(name: string, isKnown: (key: string) => boolean): string {
  for (let start = 0; start < name.length - 1; start++) {
    // Chinese names join without spaces; elsewhere a name starts a word (`numérique` does not end with `UE`).
    const isWordStart = start === 0 || /\s/u.test(name[start - 1] ?? '') || /\p{Script=Han}/u.test(name[start] ?? '');
    if (isWordStart && isKnown(nameKey(name.slice(start)))) return name.slice(start);
  }
  return name;
}

function isOrganisationName(name: string): boolean {
  return /\p{Script=Han}/u.test(name) ? isChineseOrganisationName(name) : isEnglishOrganisationName(name);
}

/** Brackets an acronym or another name may follow a name in: `( )`, `（ ）` (width-folded), `« »`, `[ ]`. */
const bracketed = /\(([^()]{2,80})\)|«\s*([^«»]{2,80}?)\s*»|\[([^[\]]{2,80})\]/gu;

/** Pairs of names in brackets, from one width-folded text. */
function learnPairs(folded: string, isKnown: (key: string) => boolean): LearnedPair[] {
  const pairs: LearnedPair[] = [];
  for (const match of folded.matchAll(bracketed)) {
    const content = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    const nameEnd = match.index - (folded[match.index - 1] === ' ' ? 1 : 0);
    const parts = content.split('/').map((part) => part.trim());
    if (parts.length > 1 && parts.every(isAcronym)) {
      // `计算机安全事件响应团队/计算机应急响应团队（CSIRT/CERT）`: names and acronyms pair up in order.
      let end = nameEnd;
      for (const acronym of parts.reverse()) {
        const name = chineseNameBefore(folded, end);
        if (name === undefined) break;
        if (isKnown(acronymKey(acronym)) || isOrganisationName(name)) pairs.push({ acronym, names: [name] });
        end -= name.length + 1;
        if (folded[end] !== '/') break;
      }
      continue;
    }
    if (isAcronym(content)) {
      const printed = nameBefore(folded, nameEnd, content);
      const name = printed === undefined ? undefined : knownSuffix(printed, isKnown);
      if (name !== undefined && (isKnown(acronymKey(content)) || isKnown(nameKey(name)) || isOrganisationName(name))) {
        pairs.push({ acronym: content, names: [name] });
      }
    } else if (ENGLISH_NAME.test(content) && !/\d/u.test(content)) {
      const name = nameBefore(folded, nameEnd, undefined);
      const isOrganisation = isKnown(nameKey(content)) || isEnglishOrganisationName(content) || (name !== undefined && isOrganisationName(name));
      if (name !== undefined && /\p{Script=Han}/u.test(name) && isOrganisation) pairs.push({ names: [content, name] });
    }
  }
  return pairs;
}

/** Union-find over name and acronym keys. */
class Merger {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    this.parent.set(key, root);
    return root;
  }

  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent.set(rootB < rootA ? rootA : rootB, rootB < rootA ? rootB : rootA);
  }

  has(key: string): boolean {
    return this.parent.has(key);
  }
}

interface Group {
  known?: KnownOrganisation;
  acronyms: string[];
  names: string[];
}

function groupOf(groups: Map<string, Group>, root: string): Group {
  let group = groups.get(root);
  if (group === undefined) {
    group = { acronyms: [], names: [] };
    groups.set(root, group);
  }
  return group;
}

function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/**
 * Learns organisations from texts (in corpus order) and merges them with the catalog. The id of
 * a merged organisation is the catalog's key, else its acronym, else its English name, else its
 * Chinese name, so it does not depend on which report was read first.
 */
export function learnOrganisations(texts: Iterable<string>): OrganisationLexicon {
  const merger = new Merger();
  for (const known of knownOrganisations) {
    const keys = [...known.acronyms.map(acronymKey), ...[...known.en, ...known.zh, ...known.others].map(nameKey)];
    for (const key of keys) merger.union(`catalog:${known.key}`, key);
  }
  const learned: LearnedPair[] = [];
  for (const text of texts) {
    for (const pair of learnPairs(foldWidth(text), (key) => merger.has(key))) {
      learned.push(pair);
      const keys = [...(pair.acronym === undefined ? [] : [acronymKey(pair.acronym)]), ...pair.names.map(nameKey)];
      for (const key of keys.slice(1)) merger.union(keys[0] ?? key, key);
    }
  }
  const groups = new Map<string, Group>();
  // Acronyms as the corpus prints them (`AP CERT`) come before the catalog's (`APCERT`).
  for (const pair of learned) {
    if (pair.acronym === undefined) continue;
    addUnique(groupOf(groups, merger.find(acronymKey(pair.acronym))).acronyms, pair.acronym);
  }
  for (const known of knownOrganisations) {
    const group = groupOf(groups, merger.find(`catalog:${known.key}`));
    group.known ??= known;
    for (const acronym of known.acronyms) addUnique(group.acronyms, acronym);
    for (const name of [...known.en, ...known.zh, ...known.others]) addUnique(group.names, name);
  }
  for (const pair of learned) {
    const first = pair.acronym === undefined ? nameKey(pair.names[0] ?? '') : acronymKey(pair.acronym);
    const group = groupOf(groups, merger.find(first));
    if (pair.acronym !== undefined) addUnique(group.acronyms, pair.acronym);
    for (const name of pair.names) addUnique(group.names, name);
  }
  const entries = [...groups.values()].map((group): OrganisationEntry => {
    const acronym = group.acronyms[0];
    const english = group.names.find((name) => !/\p{Script=Han}/u.test(name));
    const key = group.known?.key ?? slug(acronym ?? english ?? group.names[0] ?? 'unknown');
    const kind = group.known?.kind ?? 'organisation';
    return { id: `${kind}:${key}`, kind, ...(acronym === undefined ? {} : { acronym }), names: [...group.acronyms, ...group.names] };
  });
  const lexicon = buildLexicon(entries.flatMap((entry) => entry.names.map((name) => ({ name: foldWidth(name), value: entry }))));
  return { entries, lexicon };
}

/** Organisations named in a unit's exact text, in text order. */
export function findOrganisations(text: string, organisations: OrganisationLexicon): FoundMention[] {
  return findNames(organisations.lexicon, foldWidth(text)).map(({ start, end, value }) => ({
    id: value.id,
    kind: value.kind,
    span: spanOf(text, start, end),
    canonicalName: value.acronym ?? text.slice(start, end),
    knownNames: value.names,
  }));
}
