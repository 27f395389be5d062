/** Code units per String.fromCharCode call: one call takes a bounded number of arguments. */
const sliceLength = 8192;

/**
 * The string of these UTF-16 code units, made in slices (one call takes a bounded number of
 * arguments) and joined once. Not `text += slice`: that makes a rope (V8's cons string), which
 * V8 copies into a flat string the first time a character is read, so a query paid for it: the
 * first probe of `s` at 10,000 reports spent 160 ms flattening the held postings of 251 segments.
 */
export function stringOfCharCodes(codes: Uint8Array | readonly number[]): string {
  if (codes.length <= sliceLength) return String.fromCharCode.apply(null, codes as unknown as number[]);
  const slices: string[] = [];
  for (let at = 0; at < codes.length; at += sliceLength) {
    const end = Math.min(codes.length, at + sliceLength);
    // A typed array's view, not a copy: apply reads any array-like.
    const slice = codes instanceof Uint8Array ? codes.subarray(at, end) : codes.slice(at, end);
    slices.push(String.fromCharCode.apply(null, slice as unknown as number[]));
  }
  return slices.join('');
}
