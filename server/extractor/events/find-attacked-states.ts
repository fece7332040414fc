/**
 * "fired shells at the South Korean border island", "captured the eastern Congolese city": an attack on a place that a
 * demonym qualifies strikes that state, its target when the attack names no actor as target.
 */
import type { EntityRef, Mention } from '../document-model.js';
import { lexicons } from '../lexicons/load-lexicons.js';
import { buildDemonymIndex } from '../mentions/build-alias-table.js';
import type { NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf } from '../nlp/sentence-tree.js';

const demonyms = buildDemonymIndex(lexicons);
/** Prepositions that aim an attack at a place; "in" only says where fighting happens. */
const AIMING = new Set(['at', 'on', 'against', 'into']);

/** The demonym a qualifier spells, with the words before it that qualify it ("South" in "South Korean"). */
function stateOf(s: NlpSentence, qualifier: NlpToken): EntityRef | undefined {
  const before = childrenOf(s, qualifier, /^(amod|compound)$/).filter((t) => t.index < qualifier.index);
  return (demonyms.get([...before, qualifier].map((t) => t.word).join(' ')) ?? demonyms.get(qualifier.word))?.state;
}

/** The states whose places the attack headed by `head` strikes: its object, or its "at"/"on"/"against" phrase, a common noun no actor names. */
export function attackedStates(s: NlpSentence, head: NlpToken, mentions: Mention[]): EntityRef[] {
  const named = (t: NlpToken) => mentions.some((m) => m.start <= t.start && t.end <= m.end);
  // A plural object is as often people ("killed Syrian civilians") as places; a plural aimed at by a preposition is a place.
  const aimed = (t: NlpToken) => (t.rel === 'obj' && head.pos.startsWith('VB') && t.pos === 'NN') || childrenOf(s, t, /^case$/).some((c) => AIMING.has(c.lemma.toLowerCase()));
  const places = childrenOf(s, head, /^(obj|obl|nmod)$/).filter((t) => /^NNS?$/.test(t.pos) && !named(t) && aimed(t));
  return places.flatMap((p) => childrenOf(s, p, /^amod$/).flatMap((q) => stateOf(s, q) ?? []));
}
