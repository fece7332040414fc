/**
 * Who an event noun says took part, through a verb of inclusion on it: "the summit included X and Y",
 * "talks that included X", "talks involving X", "a ceremony attended by officials, including X". The actors of
 * the whole phrase count ("representatives from X, Y and Z").
 */
import type { Mention } from '../document-model.js';
import type { NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf } from '../nlp/sentence-tree.js';

/** Verbs whose subject event includes their object, or whose passive agent attends it. */
const INCLUDING = new Set(['include', 'involve', 'gather', 'feature', 'attend', 'bring']);
/** Dependents that open a clause of their own: the actors in it are not the phrase's. */
const CLAUSE = /^(acl|acl:relcl|advcl|ccomp|xcomp|parataxis)$/;

function phraseOf(s: NlpSentence, token: NlpToken): NlpToken[] {
  return [token, ...childrenOf(s, token, /./).filter((c) => !CLAUSE.test(c.rel)).flatMap((c) => phraseOf(s, c))];
}

/** "a visit to X", "a trip to X": the actors a meeting noun goes to host it. */
export function visitedActors(s: NlpSentence, noun: NlpToken, mentions: Mention[]): Mention[] {
  const hosts = s.edges.filter((e) => e.head === noun.index && e.rel === 'nmod:to').map((e) => s.tokens[e.dependent] as NlpToken);
  return mentions.filter((m) => hosts.some((t) => m.start <= t.start && t.end <= m.end));
}

/** The actors included in the event whose noun heads at `noun`. */
export function includedActors(s: NlpSentence, noun: NlpToken, mentions: Mention[]): Mention[] {
  const verbs = s.edges.flatMap((e) => {
    const verb = s.tokens[e.head === noun.index ? e.dependent : e.head] as NlpToken;
    const linked = (e.dependent === noun.index && /^(nsubj|nsubj:pass)$/.test(e.rel)) || (e.head === noun.index && e.rel === 'acl');
    return linked && INCLUDING.has(verb.lemma.toLowerCase()) ? [verb] : [];
  });
  const members = verbs.flatMap((v) => s.edges.filter((e) => e.head === v.index && /^(obj|obl:agent)$/.test(e.rel)).map((e) => s.tokens[e.dependent] as NlpToken));
  const phrase = members.flatMap((m) => phraseOf(s, m));
  return mentions.filter((m) => phrase.some((t) => m.start <= t.start && t.end <= m.end));
}
