/**
 * Actors the tree ties to an event beyond its own subject and objects: those a verb of inclusion on its noun names
 * ("the summit included X and Y", "talks that included X", "talks involving X", "a ceremony attended by officials,
 * including X"; the whole phrase counts: "representatives from X, Y and Z"), the host of a visit ("a visit to X",
 * "arrived in X"), those a trip sets out to address ("flew in to press X and Y") and those a resolution's measures are
 * aimed at ("voted to approve sanctions against X").
 */
import type { Mention, Trigger } from '../document-model.js';
import type { NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, enhancedChildrenOf } from '../nlp/sentence-tree.js';

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

/** "arrived in X", "flew to X": the actors a trip verb goes to, who host the visit. */
export function destinationActors(s: NlpSentence, verb: NlpToken, mentions: Mention[]): Mention[] {
  const hosts = enhancedChildrenOf(s, verb, /^obl:(to|in)$/);
  return mentions.filter((m) => hosts.some((t) => m.start <= t.start && t.end <= m.end));
}

/** Event types whose verb, as the purpose of a trip, is done face to face with its object ("flew in to press X", "travelled to meet X"). */
const IN_PERSON: ReadonlySet<Trigger['type']> = new Set(['statement', 'meeting', 'talks']);

/** "flew in on Thursday to press X and Y": the actors a trip's purpose clause ("to" + verb) addresses are met on that trip. */
export function addressedOnTrip(s: NlpSentence, trip: NlpToken, mentions: Mention[], triggers: Trigger[]): Mention[] {
  const purposes = childrenOf(s, trip, /^(advcl|xcomp)$/).filter((v) => v.pos === 'VB' && childrenOf(s, v, /^mark$/).some((m) => m.lemma === 'to'));
  const spoken = purposes.filter((v) => triggers.some((t) => IN_PERSON.has(t.type) && t.start <= v.start && v.end <= t.end));
  const objects = spoken.flatMap((v) => childrenOf(s, v, /^obj$/)).flatMap((o) => [o, ...childrenOf(s, o, /^conj$/)]);
  return mentions.filter((m) => objects.some((t) => m.start <= t.start && t.end <= m.end));
}

/** "met with the Head of the OSCE Mission Claus Neukirch", "a meeting with the Chilean envoy": the actors of the whole "with" phrase of a meeting's verb or noun. */
export function companionActors(s: NlpSentence, head: NlpToken, mentions: Mention[]): Mention[] {
  const companions = enhancedChildrenOf(s, head, /^(obl|nmod):with$/).flatMap((t) => phraseOf(s, t));
  return mentions.filter((m) => companions.some((t) => m.start <= t.start && t.end <= m.end));
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

/** How a resolution reaches the measure it adopts: "voted to approve sanctions", "adopted a resolution imposing an embargo". */
const ADOPTS = /^(xcomp|obj|ccomp|acl)$/;
/** How a measure names whom it is aimed at: "sanctions against X", "an embargo on X". */
const AIMED = /^(nmod|obl):(against|on)$/;

/** "voted to approve sanctions against X": those the measures a resolution adopts are aimed at, down a few steps of its tree. */
export function resolutionTargets(s: NlpSentence, head: NlpToken, mentions: Mention[]): Mention[] {
  let reached = [head.index];
  const aimed: number[] = [];
  for (let depth = 0; depth < 3 && reached.length; depth++) {
    aimed.push(...s.edges.filter((e) => reached.includes(e.head) && AIMED.test(e.rel)).map((e) => e.dependent));
    reached = s.edges.filter((e) => reached.includes(e.head) && ADOPTS.test(e.rel)).map((e) => e.dependent);
  }
  return mentions.filter((m) => aimed.some((i) => m.start <= (s.tokens[i] as NlpToken).start && (s.tokens[i] as NlpToken).end <= m.end));
}
