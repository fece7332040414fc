/** The actors a dependency tree names: the mention covering a token, a phrase's actor, a verb's subjects, a head's conjuncts. */
import type { Mention } from '../document-model.js';
import type { NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf } from '../nlp/sentence-tree.js';

/** The actor mention covering a token; places named only as settings are no actor. */
export function mentionAt(mentions: Mention[], token: NlpToken | undefined): Mention | undefined {
  return token ? mentions.find((m) => m.start <= token.start && token.end <= m.end && !m.setting) : undefined;
}

/** The actor a noun phrase names: its head's mention, else one of its name-like modifiers ("the broader al-Qaeda organisation"). */
export function actorOfPhrase(sentence: NlpSentence, head: NlpToken, mentions: Mention[]): Mention | undefined {
  return mentionAt(mentions, head) ?? childrenOf(sentence, head, /^(compound|amod|nmod:poss)$/).reverse().flatMap((c) => mentionAt(mentions, c) ?? [])[0];
}

/** A token and the tokens coordinated with it ("Russia, Cuba and Pakistan"). */
export function withConjuncts(sentence: NlpSentence, token: NlpToken): NlpToken[] {
  return [token, ...childrenOf(sentence, token, /^conj$/)];
}

/** The actors of a phrase and of its conjuncts, each once. */
export function actorsOfList(sentence: NlpSentence, head: NlpToken, mentions: Mention[]): Mention[] {
  const found = withConjuncts(sentence, head).flatMap((t) => actorOfPhrase(sentence, t, mentions) ?? []);
  return found.filter((m, i) => found.findIndex((o) => o.entity.id === m.entity.id) === i);
}

/** The subjects of a verb or predicate noun, from the enhanced graph (shared subjects of conjuncts, controlled subjects), else the tree. */
export function subjectsOf(sentence: NlpSentence, predicate: NlpToken): NlpToken[] {
  const enhanced = sentence.edges.filter((e) => e.head === predicate.index && /^nsubj(:xsubj)?$/.test(e.rel)).flatMap((e) => sentence.tokens[e.dependent] ?? []);
  return enhanced.length ? enhanced : childrenOf(sentence, predicate, /^nsubj$/);
}

/** The subjects of the nearest predicate at or above a token ("evolved … to being part of X": the subject of "evolved"). */
export function nearestSubjects(sentence: NlpSentence, token: NlpToken): NlpToken[] {
  for (let t: NlpToken | undefined = token; t; t = headOf(sentence, t)) {
    const subjects = subjectsOf(sentence, t);
    if (subjects.length) return subjects;
    if (!/^(advcl|xcomp|conj|root)$/.test(t.rel) && t !== token) return [];
  }
  return [];
}

/** The actors subject of the nearest predicate at or above a token that has any ("upped their demands to include X": not "demands" but who upped them). */
export function nearestActorSubjects(sentence: NlpSentence, token: NlpToken, mentions: Mention[]): Mention[] {
  for (let t: NlpToken | undefined = token; t; t = headOf(sentence, t)) {
    const actors = subjectsOf(sentence, t).flatMap((x) => actorsOfList(sentence, x, mentions));
    if (actors.length) return actors;
    if (!/^(advcl|xcomp|conj|root)$/.test(t.rel) && t !== token) return [];
  }
  return [];
}

/** The noun a preposition introduces under `head` ("member of X": X), by the case word. */
export function complementOf(sentence: NlpSentence, head: NlpToken, prepositions: Set<string>): NlpToken | undefined {
  return childrenOf(sentence, head, /^(nmod|obl)/).find((c) => childrenOf(sentence, c, /^case$/).some((k) => prepositions.has(k.lemma.toLowerCase())));
}
