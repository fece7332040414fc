/**
 * An event's mood read from the dependency tree, for the clause its trigger sits in and nothing beyond:
 * negated ("did not meet", "no deal"), hypothetical ("could attack"), conditional ("if talks resume"),
 * a purpose ("in an effort to reach a deal"), unfulfilled ("failed to reach a truce", "has yet to meet"), habitual
 * ("we have always condemned violence": a stance, not one event).
 * "could" in another clause of the sentence changes nothing.
 */
import type { Trigger } from '../document-model.js';
import type { Moods } from '../lexicons/load-lexicons.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf, sentenceAt, spanHead } from '../nlp/sentence-tree.js';

/** The trigger in its sentence: its head token, the predicate that reports it, and the verbs above that predicate. */
export interface TriggerClause {
  sentence: NlpSentence;
  head: NlpToken;
  /** The verb (or copular predicate) of the trigger's clause: the trigger itself when it is a verb. */
  predicate: NlpToken;
  /** The predicate, then each verb it complements ("failed" above "agree", "set" above "meet"). */
  chain: NlpToken[];
}

export type Mood = 'asserted' | 'negated' | 'hypothetical' | 'conditional' | 'purpose' | 'unfulfilled' | 'habitual';

/** Relations through which a noun hangs from the verb that acts on it ("reach a deal", "agree on a truce"); a subject's event is not the verb's. */
const NOUN_LINK = /^(obj|iobj|obl|obl:.*|nmod|nmod:.*|compound|conj|appos)$/;
/** A complement verb's relation to the verb that governs its mood ("plans to meet", "has yet to meet"). */
const COMPLEMENT = /^(xcomp|ccomp)$/;
/** How many nouns a trigger may sit below its verb ("talks on a ceasefire between the parties"). */
const NOUN_DEPTH = 3;

const isVerb = (t: NlpToken) => t.pos.startsWith('VB');
const lemma = (t: NlpToken) => t.lemma.toLowerCase();

/** The trigger's clause in the tree, or null when the document has no token for it. */
export function locateTrigger(nlp: NlpDocument, trigger: Trigger): TriggerClause | null {
  const sentence = sentenceAt(nlp, trigger.start);
  const head = sentence && spanHead(sentence.tokens, trigger);
  if (!sentence || !head) return null;
  let predicate = head;
  for (let depth = 0; !isVerb(predicate) && depth < NOUN_DEPTH && NOUN_LINK.test(predicate.rel); depth++) predicate = headOf(sentence, predicate) ?? predicate;
  // "The ceasefire may be extended", "if talks … are serious": the subject's event exists whatever is said of it.
  if (!isVerb(head) && !isVerb(predicate)) predicate = head;
  const chain = [predicate];
  for (let at = predicate; COMPLEMENT.test(at.rel) || at.rel === 'conj'; ) {
    const up = headOf(sentence, at);
    if (!up || (at.rel === 'conj' && !sharesAuxiliaries(sentence, at, up))) break;
    chain.push(up);
    at = up;
  }
  return { sentence, head, predicate, chain };
}

/**
 * "could attack and seize": a conjunct shares the auxiliaries of the verb before it, unless it has a subject or
 * auxiliary of its own ("could attack X, but Y met Z") or another verb form ("may have been killed … and blamed").
 */
function sharesAuxiliaries(s: NlpSentence, conjunct: NlpToken, first: NlpToken): boolean {
  return conjunct.pos === first.pos && !childrenOf(s, conjunct).some((c) => /^(nsubj|nsubj:pass|aux|aux:pass)$/.test(c.rel));
}

/** "if talks resume", "if the rebels withdraw and the army halts": a verb under a condition, or a conjunct of one. */
function isConditional(s: NlpSentence, verb: NlpToken, moods: Moods): boolean {
  for (let at: NlpToken | undefined = verb, depth = 0; at && depth < 3; depth++) {
    if (hasChild(s, at, /^mark$/, moods.conditions)) return true;
    at = at.rel === 'conj' ? headOf(s, at) : undefined;
  }
  return false;
}

/** "in order to reach a deal": a clause whose marker is fixed with a purpose noun (parsed mark "in", fixed "order"). */
const isMarkedPurpose = (s: NlpSentence, verb: NlpToken, moods: Moods) =>
  childrenOf(s, verb, /^mark$/).some((m) => childrenOf(s, m, /^fixed$/).some((f) => moods.purposes.includes(lemma(f))));

const hasChild = (s: NlpSentence, t: NlpToken, rel: RegExp, lemmas: string[]) => childrenOf(s, t).some((c) => rel.test(c.rel) && lemmas.includes(lemma(c)));

/** Whether the clause asserts its event, and if not, why. */
export function readMood(clause: TriggerClause, moods: Moods): Mood {
  const { sentence: s, head, predicate, chain } = clause;
  if (hasChild(s, head, /^(det|advmod)$/, moods.negators) || hasChild(s, predicate, /^(advmod|mark|cc:preconj)$/, moods.negators)) return 'negated';
  if (chain.some((v) => isConditional(s, v, moods))) return 'conditional';
  if (chain.some((v) => hasChild(s, v, /^aux$/, moods.hypothetical))) return 'hypothetical';
  if (isVerb(predicate) && hasChild(s, predicate, /^advmod$/, moods.habitualAdverbs)) return 'habitual';
  const top = chain.at(-1) ?? predicate;
  const governor = headOf(s, top);
  if (governor && /^(acl|advcl|xcomp)$/.test(top.rel) && (moods.purposes.includes(lemma(governor)) || isMarkedPurpose(s, top, moods))) return 'purpose';
  if (chain.slice(1).some((v) => moods.unfulfilled.includes(lemma(v)) || hasChild(s, v, /^advmod$/, moods.negators)) || chain.some((v) => hasChild(s, v, /^advmod$/, ['yet']) && hasChild(s, v, /^mark$/, ['to'])))
    return 'unfulfilled';
  return 'asserted';
}
