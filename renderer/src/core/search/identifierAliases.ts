/**
 * Equivalent spellings of the ITU identifiers delegates search for, so that `SG 17` finds
 * `第17研究组` and `第130号决议` finds `Resolution 130`. Input and output are normalised text
 * (lower case, NFKC). The entity extractor knows the same families; this table only serves search.
 */
interface AliasRule {
  readonly patterns: readonly RegExp[];
  readonly spellings: (id: string) => string[];
}

const rules: readonly AliasRule[] = [
  {
    patterns: [/^(?:itu-[trd]\s*)?(?:sg|study\s*group)\s*-?\s*(\d{1,2})$/u, /^(?:itu-[trd]\s*)?第\s*(\d{1,2})\s*研究组$/u],
    spellings: (n) => [`sg-${n}`, `sg${n}`, `第${n}研究组`, `study group ${n}`],
  },
  {
    patterns: [/^(?:resolution|res\.?)\s*(\d{1,3})$/u, /^第\s*(\d{1,3})\s*号决议$/u],
    spellings: (n) => [`resolution ${n}`, `第${n}号决议`],
  },
  {
    patterns: [/^(?:question|q\.?)\s*(\d{1,2}\/\d{1,2})$/u, /^第\s*(\d{1,2}\/\d{1,2})\s*号课题$/u],
    spellings: (n) => [`question ${n}`, `第${n}号课题`],
  },
  {
    // `ITU-T X.1039` is often printed as a bare `X.1039` in a list after its first mention.
    patterns: [/^itu-[trd]\s*([a-z]\.\d{1,4}(?:\.\d{1,3})?)$/u],
    spellings: (id) => [id],
  },
];

/** Other spellings of a normalised query piece if it is an ITU identifier; empty otherwise. */
export function identifierAliases(normalized: string): string[] {
  const text = normalized.trim();
  for (const rule of rules) {
    for (const pattern of rule.patterns) {
      const id = pattern.exec(text)?.[1];
      if (id !== undefined) return rule.spellings(id).filter((spelling) => spelling !== text);
    }
  }
  return [];
}

/**
 * Spans of a normalised query that must stay one piece although they contain spaces
 * (`sg 17`, `itu-t x.1038`, `study group 17`), as [start, end) offsets.
 */
export function identifierSpans(normalized: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const joined = /(?:itu-[trd]\s+)?(?:sg|study\s+group)\s*-?\s*\d{1,2}(?!\d)|itu-[trd]\s+[a-z]\.\d{1,4}(?:\.\d{1,3})?|第\s*\d{1,2}\s*研究组|(?:resolution|question)\s+\d[\d/]*/gu;
  for (const match of normalized.matchAll(joined)) {
    const start = match.index;
    // Only whole words: `xsg 17` is not a study group.
    if (start > 0 && /[a-z0-9]/u.test(normalized[start - 1] ?? '')) continue;
    spans.push([start, start + match[0].length]);
  }
  return spans;
}
