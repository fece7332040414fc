/**
 * Actors the tree coordinates with an actor of the event take its role, where the words between them are more than the
 * list patterns allow: "proposed by the Quad countries, the United States, Egypt and Kenya", where the list hangs from the
 * common noun the first name only qualifies. Only nouns joined by `conj` count: a conjoined verb opens another act.
 */
import type { Mention } from '../document-model.js';
import type { NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf, spanHead } from '../nlp/sentence-tree.js';

const NOMINAL = /^(NN|PRP)/;

function conjoined(s: NlpSentence, t: NlpToken): NlpToken[] {
  return childrenOf(s, t, /^conj$/).filter((c) => NOMINAL.test(c.pos)).flatMap((c) => [c, ...conjoined(s, c)]);
}

/** The head of the phrase a mention stands in: the mention's own head, or the common noun it qualifies ("Quad" in "the Quad countries"). */
function phraseHead(s: NlpSentence, m: Mention, mentions: Mention[]): NlpToken | undefined {
  const head = spanHead(s.tokens, m);
  const up = head && /^(compound|amod)$/.test(head.rel) ? headOf(s, head) : undefined;
  const named = (t: NlpToken) => mentions.some((o) => o.start <= t.start && t.end <= o.end);
  return up && /^NNS?$/.test(up.pos) && !named(up) ? up : head;
}

/** The mentions (of `mentions`) whose head the tree conjoins with the phrase `m` stands in. */
export function conjunctsOf(s: NlpSentence, m: Mention, mentions: Mention[]): Mention[] {
  const head = phraseHead(s, m, mentions);
  if (!head || !NOMINAL.test(head.pos)) return [];
  const listed = conjoined(s, head);
  // "Kenya and Sudan's northern neighbour, Egypt": a name in apposition to a listed noun is that item.
  const heads = [...listed, ...[head, ...listed].flatMap((h) => childrenOf(s, h, /^appos$/).filter((c) => NOMINAL.test(c.pos)))];
  return mentions.filter((o) => o !== m && heads.some((h) => spanHead(s.tokens, o) === h));
}
