/** The string of these UTF-16 code units, made in slices: one call takes a bounded number of arguments. */
export function stringOfCharCodes(codes: Uint8Array | readonly number[]): string {
  let text = '';
  for (let at = 0; at < codes.length; at += 8192) {
    const end = Math.min(codes.length, at + 8192);
    // A typed array's view, not a copy: apply reads any array-like.
    const slice = codes instanceof Uint8Array ? codes.subarray(at, end) : codes.slice(at, end);
    text += String.fromCharCode.apply(null, slice as unknown as number[]);
  }
  return text;
}
