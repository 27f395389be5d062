/**
 * File names a delegate can save on Windows, macOS and Linux and send by mail: no character
 * Windows forbids (`<>:"/\|?*`, which also covers `/` on Unix and `:` in Finder), no control
 * or invisible formatting characters (a right-to-left override can disguise `.md` as another
 * extension), no leading dot (hidden on Unix) or dash (taken for an option), no trailing dot
 * or space (Windows drops them), no reserved device name (CON, NUL, COM1…, even with an
 * extension), and at most MAX_FILE_NAME_BYTES of UTF-8, cut between characters, so that Chinese
 * titles survive whole characters at a time.
 */
import type { ExportScope } from './types';

/** Most file systems allow 255 bytes; a margin leaves room for a "(2)" and for paths. */
export const MAX_FILE_NAME_BYTES = 120;

const FORBIDDEN = /[<>:"/\\|?*]/gu;
// Control characters, formatting characters (bidi controls, zero-width space, BOM, soft
// hyphen) and unpaired surrogates (not encodable as UTF-8). The zero-width joiner and
// non-joiner stay: emoji sequences and Persian or Indic words need them, and they hide nothing.
const INVISIBLE = /[\p{Cc}\p{Cs}]|(?![\u200C\u200D])\p{Cf}/gu;
// Windows reserves these device names whatever follows the first dot; the superscript digits
// ¹²³ count as digits there.
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/iu;

const encoder = new TextEncoder();

function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/** Cuts `text` to at most `maxBytes` of UTF-8 without splitting a character (grapheme cluster). */
function truncateToBytes(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let result = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = byteLength(segment);
    if (used + size > maxBytes) break;
    result += segment;
    used += size;
  }
  return result;
}

/** A name part with forbidden and invisible characters gone and whitespace as single dashes. */
function cleanPart(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/gu, '-')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '-')
    .replace(/-{2,}/gu, '-');
}

function trimEnds(text: string): string {
  return text.replace(/^[.\-\s]+/u, '').replace(/[.\-\s]+$/u, '');
}

/**
 * A safe file name made of `stem` (free text: an id, a title, a tag) and `suffix` (kept whole,
 * e.g. "-2026-11-24.md"); the stem is shortened to fit and `fallback` used when nothing is left.
 */
export function safeFileName(stem: string, suffix: string, fallback = 'briefing'): string {
  const cleanSuffix = cleanPart(suffix).replace(/[.\s]+$/u, '');
  const room = Math.max(0, MAX_FILE_NAME_BYTES - byteLength(cleanSuffix));
  let cleanStem = trimEnds(truncateToBytes(trimEnds(cleanPart(stem)), room));
  if (cleanStem === '') cleanStem = trimEnds(truncateToBytes(cleanPart(fallback), room)) || 'file';
  const firstPart = (cleanStem + cleanSuffix).split('.')[0] ?? '';
  if (RESERVED.test(firstPart)) cleanStem = `_${truncateToBytes(cleanStem, room - 1)}`;
  return cleanStem + cleanSuffix;
}

/** The local calendar date of `date` as YYYY-MM-DD: the day the delegate sees on their clock. */
export function localDate(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The briefing's file name: `briefing-<report id>-<date>.md` for one report, with the tag,
 * stance or "selection" when the scope narrows further, `briefing-<date>.md` otherwise.
 */
export function briefingFileName(reportIds: readonly string[], scopeParts: readonly ExportScope[], exportedAt: Date): string {
  const words = ['briefing'];
  if (reportIds.length === 1 && reportIds[0] !== undefined) words.push(reportIds[0]);
  for (const part of scopeParts) {
    if (part.kind === 'tag') words.push(part.tag);
    else if (part.kind === 'stance') words.push(part.stance);
    else if (part.kind === 'selection') words.push('selection');
  }
  return safeFileName(words.join('-'), `-${localDate(exportedAt)}.md`);
}
