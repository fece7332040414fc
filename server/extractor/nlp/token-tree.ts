/** The dependency tree over a run of tokens (one segment, which may hold several sentences or part of one), by position in that run. */
import type { NlpToken } from './nlp-document.js';

export interface TokenTree {
  tokens: NlpToken[];
  /** The position of the token's head in the run, or -1 for a root or a head outside the run. */
  headOf(position: number): number;
  /** Positions of the token's dependents, optionally only those with one of the given relations (subtypes included: `obl` finds `obl:tmod`). */
  childrenOf(position: number, rels?: string[]): number[];
}

const hasRel = (token: NlpToken, rels: string[] | undefined) => !rels || rels.some((r) => token.rel === r || token.rel.startsWith(`${r}:`));

/** Reads the heads of `tokens`: a token whose index does not follow its neighbour's starts a new sentence. */
export function buildTokenTree(tokens: NlpToken[]): TokenTree {
  const sentenceStart: number[] = [];
  tokens.forEach((t, i) => sentenceStart.push(i > 0 && t.index > (tokens[i - 1] as NlpToken).index ? (sentenceStart[i - 1] as number) : i - t.index));
  const heads = tokens.map((t, i) => {
    if (t.head < 0) return -1;
    const at = (sentenceStart[i] as number) + t.head;
    return at >= 0 && at < tokens.length && tokens[at]?.index === t.head && sentenceStart[at] === sentenceStart[i] ? at : -1;
  });
  return {
    tokens,
    headOf: (position) => heads[position] ?? -1,
    childrenOf: (position, rels) => heads.flatMap((h, i) => (h === position && hasRel(tokens[i] as NlpToken, rels) ? [i] : [])),
  };
}
