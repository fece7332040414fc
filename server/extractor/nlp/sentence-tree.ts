/** Walking one sentence's basic dependency tree: heads, dependents, and the sentence and head token of a character span. */
import type { NlpDocument, NlpSentence, NlpToken } from './nlp-document.js';

/** The token's head in its sentence, or undefined for the root. */
export const headOf = (s: NlpSentence, t: NlpToken): NlpToken | undefined => (t.head >= 0 ? s.tokens[t.head] : undefined);

/** The token's dependents, optionally only those whose relation matches `rel`. */
export const childrenOf = (s: NlpSentence, t: NlpToken, rel?: RegExp): NlpToken[] =>
  s.tokens.filter((c) => c.head === t.index && (!rel || rel.test(c.rel)));

/** The token's dependents over the enhanced edges (which add relations such as "obl:as" and "nmod:with"), those whose relation matches `rel`. */
export const enhancedChildrenOf = (s: NlpSentence, t: NlpToken, rel: RegExp): NlpToken[] =>
  s.edges.flatMap((e) => (e.head === t.index && rel.test(e.rel) ? (s.tokens[e.dependent] ?? []) : []));

/** The sentence that holds the character offset. */
export const sentenceAt = (nlp: NlpDocument, offset: number): NlpSentence | undefined => nlp.sentences.find((s) => s.start <= offset && offset < s.end);

/** The head of the tokens inside a span: the first of them whose head lies outside it (undefined when no token lies inside). */
export function spanHead(tokens: NlpToken[], span: { start: number; end: number }): NlpToken | undefined {
  const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  const indices = new Set(inside.map((t) => t.index));
  return inside.find((t) => !indices.has(t.head));
}
