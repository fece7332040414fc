/** Stage 3b: drop triggers another trigger already covers ("agreed to a ceasefire" is the ceasefire, "flew in for talks" the visit) or that only count ballots ("13 votes"). */
import type { Trigger } from '../document-model.js';
import { lexicons } from '../lexicons/load-lexicons.js';
import type { NlpDocument } from '../nlp/nlp-document.js';
import { childrenOf, headOf, sentenceAt, spanHead } from '../nlp/sentence-tree.js';

const headToken = (t: Trigger, nlp: NlpDocument) => {
  const sentence = sentenceAt(nlp, t.start);
  return sentence && spanHead(sentence.tokens, t);
};

/** How far after a support verb its event noun may stand ("signed a peace agreement"). */
const SUPPORT_REACH = 60;

/** Words that set an event noun beside the agreeing rather than as what was agreed ("agreed at the start of the talks to swap prisoners"). */
const CIRCUMSTANCE = /\b(at|during|after|before|following|since|throughout|amid|when|as|while)\b|[.;:]/i;

/** "agreed to a ceasefire", "agreed with Russia on a truce", "agreed to withdraw", "the truce, which they agreed": the agreeing is part of the other event. */
function isSupportVerb(t: Trigger, all: Trigger[], text: string): boolean {
  if (t.type !== 'agreement' || t.form !== 'verb') return false;
  const agreedThing = (o: Trigger) => {
    if (o === t || o.segment !== t.segment) return false;
    const after = o.start > t.end;
    const gap = after ? text.slice(t.end, o.start) : text.slice(o.end, t.start);
    if (gap.length > SUPPORT_REACH || CIRCUMSTANCE.test(gap.replace(/\bin principle\b/i, ''))) return false;
    // An event noun before "agreed" is its object only in the same phrase or a relative clause about it.
    return after ? o.form === 'noun' || /^\s+to\s+$/.test(gap) : o.form === 'noun' && (!gap.includes(',') || /\b(which|that)\b/.test(gap));
  };
  return all.some(agreedThing);
}

/** "travelled to Khartoum for talks": the trip is the meeting; "met for talks" is a meeting and the negotiations held at it. */
function isTripTalks(t: Trigger, all: Trigger[], nlp: NlpDocument): boolean {
  const lemmaOf = (o: Trigger) => headToken(o, nlp)?.lemma.toLowerCase();
  const trip = (o: Trigger) => o.segment === t.segment && o.type === 'meeting' && o.form === 'verb' && t.start > o.end && t.start - o.end <= SUPPORT_REACH && lexicons.senses.trips.includes(lemmaOf(o) ?? '');
  return t.type === 'talks' && all.some(trip);
}

/** "They agreed that the test will be…": a shared view, not a deal. */
function isAgreedView(t: Trigger, text: string): boolean {
  return t.type === 'agreement' && t.form === 'verb' && /^\s+(?:\w+\s+)?that\b/.test(text.slice(t.end, t.end + 20));
}

/** "drew 13 votes in favour": a noun that, counted, names what was cast in an event rather than the event. */
function isTally(t: Trigger, nlp: NlpDocument): boolean {
  const sentence = sentenceAt(nlp, t.start);
  const head = t.form === 'noun' ? headToken(t, nlp) : undefined;
  return !!sentence && !!head && lexicons.senses.tallies.includes(head.lemma.toLowerCase()) && childrenOf(sentence, head, /^nummod$/).length > 0;
}

/**
 * "a truce between the government and recognised opposition groups", parsed as a verb coordinated with a noun: a verb has no
 * clause of its own there, only a participle's place before a noun.
 */
function isVerbOfNounList(t: Trigger, nlp: NlpDocument): boolean {
  const sentence = sentenceAt(nlp, t.start);
  const head = t.form === 'verb' ? headToken(t, nlp) : undefined;
  const over = sentence && head?.rel === 'conj' ? headOf(sentence, head) : undefined;
  return !!sentence && !!head && !!over && over.pos.startsWith('NN') && childrenOf(sentence, head, /^nsubj/).length === 0;
}

/** "technology banned by previous resolutions": a participle whose agent is past or many events states a standing fact, not an act. */
function isBackgroundAgent(t: Trigger, nlp: NlpDocument): boolean {
  const sentence = sentenceAt(nlp, t.start);
  const head = t.form === 'verb' ? headToken(t, nlp) : undefined;
  if (!sentence || !head || head.pos !== 'VBN' || childrenOf(sentence, head, /^aux/).length > 0) return false;
  const agents = childrenOf(sentence, head, /^obl/).filter((o) => o.pos === 'NNS' && childrenOf(sentence, o, /^case$/).some((c) => c.lemma.toLowerCase() === 'by'));
  return agents.some((a) => childrenOf(sentence, a, /^(amod|det)$/).some((m) => lexicons.moods.background.includes(m.lemma.toLowerCase())));
}

/** Triggers that name an event of their own. */
export function pruneTriggers(triggers: Trigger[], text: string, nlp: NlpDocument): Trigger[] {
  return triggers.filter((t) => !isSupportVerb(t, triggers, text) && !isTripTalks(t, triggers, nlp) && !isAgreedView(t, text) && !isTally(t, nlp) && !isVerbOfNounList(t, nlp) && !isBackgroundAgent(t, nlp));
}
