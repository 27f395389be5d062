/**
 * Bidi isolation of text put into a sentence of another direction. In an Arabic sentence a
 * symbol such as `C17/18` or `ITU-T`, or a Latin title, would otherwise be reordered with its
 * surroundings (the slash and hyphen are weak characters): First Strong Isolate … Pop
 * Directional Isolate (Unicode UAX #9, the plain-text twin of <bdi>) gives it its own direction.
 */

const firstStrongIsolate = '\u2068';
const popDirectionalIsolate = '\u2069';

/**
 * The value wrapped in FSI…PDI. Plain numbers are left alone: the bidi algorithm already shows
 * them right, and i18next nesting reads them back as JSON numbers (`{"count": 3}`).
 */
export function isolateForBidi(value: string): string {
  if (/^[\d.,\s]*$/.test(value)) return value;
  return `${firstStrongIsolate}${value}${popDirectionalIsolate}`;
}
