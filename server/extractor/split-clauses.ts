/** A sentence's clauses, so an event's participants and date come from its own clause ("talks stalled after troops advanced"). */
const BOUNDARY = /\s+(?:after|while|whereas|because|since|before|when|but|although)\s+|[;:]\s+|,\s+(?:saying|adding|which|while|but|as)\s+/g;

export interface Clause {
  start: number;
  end: number;
}

/** Clause spans of a sentence, relative to its start. */
export function splitClauses(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const m of sentence.matchAll(BOUNDARY)) {
    clauses.push({ start, end: m.index ?? 0 });
    start = (m.index ?? 0) + m[0].length;
  }
  clauses.push({ start, end: sentence.length });
  return clauses.filter((c) => c.end > c.start);
}
