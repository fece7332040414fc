/** A sentence's clauses, so an event's participants and date come from its own clause ("talks stalled after troops advanced"). */
/** "since the army advanced" opens a clause; "since last month" and "since the end of January" only date the one they are in. */
const SINCE_CLAUSE = String.raw`since(?!\s+(?:last|this|early|mid|late|then|the\s+(?:end|start|beginning|middle|turn)\s+of\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d))`;
const BOUNDARY = new RegExp(String.raw`\s+(?:after|while|whereas|because|${SINCE_CLAUSE}|before|when|but|although)\s+|[;:]\s+|,\s+(?:saying|adding|which|while|but|as)\s+`, 'g');
/** ", who backs Lukashenko," or ", which backs the government,": a relative clause between commas, inside the clause around it. */
const PARENTHETICAL = /,\s+(?:who|which)\s+[^,;]*,/g;

/**
 * ", and the Security Council imposed": a comma and "and" open a clause of its own when what comes before ends in ordinary words
 * ("North Korea tested missiles, and …"); after a name it only closes a list ("Russia, Turkey, and Iran").
 */
const COORDINATED_CLAUSE = /(?<=\b[a-z][\w-]*\s+[a-z][\w-]*),\s+and\s+(?=(?:the\s+|a\s+)?[A-Z])/g;

export interface Clause {
  start: number;
  end: number;
  /** Parenthetical relative clauses inside this clause, whose actors take no part in its events. */
  holes: Array<{ start: number; end: number }>;
}

/** Clause spans of a sentence, relative to its start: the parentheticals first, then the clauses around them. */
export function splitClauses(sentence: string): Clause[] {
  const holes = [...sentence.matchAll(PARENTHETICAL)].map((m) => ({ start: (m.index ?? 0) + 1, end: (m.index ?? 0) + m[0].length - 1 }));
  // Blank the parentheticals out so their "which" does not cut the clause around them.
  const masked = holes.reduce((text, h) => text.slice(0, h.start) + ' '.repeat(h.end - h.start) + text.slice(h.end), sentence);
  const outer: Clause[] = [];
  let start = 0;
  const boundaries = [...masked.matchAll(BOUNDARY), ...masked.matchAll(COORDINATED_CLAUSE)].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  for (const m of boundaries) {
    outer.push({ start, end: m.index ?? 0, holes: [] });
    start = (m.index ?? 0) + m[0].length;
  }
  outer.push({ start, end: sentence.length, holes: [] });
  const clauses = outer.filter((c) => c.end > c.start).map((c) => ({ ...c, holes: holes.filter((h) => h.start >= c.start && h.end <= c.end) }));
  return [...holes.map((h) => ({ start: h.start + 1, end: h.end, holes: [] })), ...clauses];
}
