/**
 * Conversions between UTF-16 offsets (what JavaScript strings and DOM ranges use) and Unicode
 * code point offsets (what the W3C TextPositionSelector uses, Web Annotation Data Model §4.2.5).
 * The bundled Chinese text is almost all in the BMP, where the two agree; CJK extension B
 * characters and emoji are not, and a note must not land one character off because of them.
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `index` does not fall between the two halves of a surrogate pair. */
export function isCodePointBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  return !(isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1)));
}

/** Moves a UTF-16 offset back to the start of the code point it falls in. */
export function snapToCodePointStart(text: string, index: number): number {
  return isCodePointBoundary(text, index) ? index : index - 1;
}

/** Moves a UTF-16 offset forward to the end of the code point it falls in. */
export function snapToCodePointEnd(text: string, index: number): number {
  return isCodePointBoundary(text, index) ? index : index + 1;
}

/** The number of code points in `text` before UTF-16 offset `index`. */
export function codePointOffset(text: string, index: number): number {
  let count = 0;
  const stop = Math.min(Math.max(index, 0), text.length);
  for (let i = 0; i < stop; i++) {
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}

/** The UTF-16 offset of code point number `offset` in `text`, clamped to the text's end. */
export function utf16Offset(text: string, offset: number): number {
  let index = 0;
  for (let n = 0; n < offset && index < text.length; n++) {
    index += isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
  }
  return index;
}

/** The number of code points in `text`. */
export function codePointLength(text: string): number {
  return codePointOffset(text, text.length);
}

/** The UTF-16 offset `count` code points before `index` (or 0). */
export function stepBack(text: string, index: number, count: number): number {
  let i = index;
  for (let n = 0; n < count && i > 0; n++) i = snapToCodePointStart(text, i - 1);
  return i;
}

/** The UTF-16 offset `count` code points after `index` (or the text's end). */
export function stepForward(text: string, index: number, count: number): number {
  let i = index;
  for (let n = 0; n < count && i < text.length; n++) i = snapToCodePointEnd(text, i + 1);
  return i;
}
