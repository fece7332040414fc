/**
 * "the president vowed to ease the misery with humanitarian aid", "the EU decided to renew the sanctions": the one who acts
 * with an event noun is the subject of the verb that takes it as object (or as its "with" instrument), or, when that verb
 * has none, of the verb whose complement it is ("vowed" above "ease"). Read from the tree where the words between
 * defeat the linear reading of find-subjects.
 */
import type { Mention, Trigger } from '../document-model.js';
import type { NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf } from '../nlp/sentence-tree.js';

/** How many complement verbs may stand between the verb and its subject ("vowed to try to ease"). */
const CONTROL_DEPTH = 2;

const within = (t: NlpToken, span: { start: number; end: number }) => span.start <= t.start && t.end <= span.end;

/** The verb that acts with the noun: the head it is object or "with" instrument of. */
function actingVerb(s: NlpSentence, noun: NlpToken): NlpToken | undefined {
  const verb = headOf(s, noun);
  const instrument = noun.rel === 'obl' && childrenOf(s, noun, /^case$/).some((c) => c.lemma.toLowerCase() === 'with');
  return verb?.pos.startsWith('VB') && (noun.rel === 'obj' || instrument) ? verb : undefined;
}

/** The subject of the verb, or of the verb it complements, a few steps up. */
function controllerOf(s: NlpSentence, verb: NlpToken, depth = CONTROL_DEPTH): NlpToken | undefined {
  const subject = childrenOf(s, verb, /^nsubj$/)[0];
  if (subject || depth === 0 || verb.rel !== 'xcomp') return subject;
  const up = headOf(s, verb);
  return up && controllerOf(s, up, depth - 1);
}

/** The actors named in the subject of the verb that acts with the event noun headed by `noun`, unless that verb is an event of its own. */
export function controllingActors(s: NlpSentence, noun: NlpToken, mentions: Mention[], triggers: Trigger[]): Mention[] {
  const verb = actingVerb(s, noun);
  if (!verb || triggers.some((t) => within(verb, t))) return [];
  const subject = controllerOf(s, verb);
  const phrase = subject ? [subject, ...childrenOf(s, subject, /^(compound|amod|conj|nmod:poss)$/)] : [];
  return mentions.filter((m) => phrase.some((t) => within(t, m)));
}
