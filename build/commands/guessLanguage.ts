/** A report file's language when the command line does not give it: the script most of its letters are in. */

/** zh, ru or ar by the dominant script of `text`; und (undetermined) for Latin script and anything else. */
export function guessLanguage(text: string): string {
  const count = (pattern: RegExp): number => text.match(pattern)?.length ?? 0;
  const scores: Array<[string, number]> = [
    ['zh', count(/\p{Script=Han}/gu)],
    ['ru', count(/\p{Script=Cyrillic}/gu)],
    ['ar', count(/\p{Script=Arabic}/gu)],
    ['und', count(/\p{Script=Latin}/gu)],
  ];
  return scores.sort((a, b) => b[1] - a[1])[0]![0];
}
