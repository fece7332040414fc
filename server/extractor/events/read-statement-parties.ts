/**
 * Who speaks and to whom, read from the dependency tree of a statement verb: the speaker is its subject
 * (a passive's agent; for a participle or complement without one, the subject of the verb it hangs from),
 * or, for "I"/"we" inside reported words, the subject of the verb that reports them ("'I urge …,' X said");
 * the addressee is its object or indirect object ("urged X to", "accused X of", "told X") or the actor of a
 * "to"/"on"/"against" phrase ("called on X", "appealed to X").
 */
import type { CandidateParticipant, Mention, TitleTie, Trigger } from '../document-model.js';
import { addEventAffiliations } from './add-event-affiliations.js';
import type { Speech } from '../lexicons/load-lexicons.js';
import type { NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf } from '../nlp/sentence-tree.js';
import type { TriggerClause } from './read-mood.js';
import { isPost } from './find-posts.js';
import { judgementOf } from './find-reported-judgements.js';
import { mentionsCovering } from '../mentions/token-mentions.js';

export interface StatementParties {
  speakers: Mention[];
  addressees: Mention[];
  /** A verb reports the statement's words as its speaker's own, which may then stand in quotes. */
  attributed: boolean;
  /** The tree names the speaker, which makes a statement even when the addressee is left implicit ("condemned the attack"). */
  spoken: boolean;
}

/** Dependents that open a clause of their own: the actors in it are not the phrase's. */
const CLAUSE = /^(acl|acl:relcl|advcl|ccomp|xcomp|parataxis)$/;
/** Relations through which a verb without a subject of its own takes that of the verb it hangs from ("…, accusing X of"). */
const BORROWS_SUBJECT = /^(advcl|xcomp|conj|acl)$/;
const FIRST_PERSON = new Set(['i', 'we']);

/** Dependents through the enhanced graph, which also gives the subjects a conjunct or a controlled verb shares. */
const edgesOf = (s: NlpSentence, t: NlpToken, rel: RegExp) => s.edges.flatMap((e) => (e.head === t.index && rel.test(e.rel) ? [s.tokens[e.dependent] as NlpToken] : []));

/** The tokens of a phrase: its head and what hangs from it, but for the clauses inside it. */
function phraseOf(s: NlpSentence, token: NlpToken): NlpToken[] {
  return [token, ...childrenOf(s, token, /./).filter((c) => !CLAUSE.test(c.rel)).flatMap((c) => phraseOf(s, c))];
}

/**
 * The actors a phrase names: the mention its head sits in and its conjuncts', else every mention inside it ("the people of X",
 * "a senior X official"); those of a phrase headed by an event noun ("the attacks on X") are that event's.
 */
export function actorsAt(s: NlpSentence, token: NlpToken, mentions: Mention[], events: Trigger[]): Mention[] {
  const heads = [token, ...childrenOf(s, token, /^conj$/)].flatMap((t) => mentionsCovering(mentions, t));
  if (heads.length || events.some((e) => e.start <= token.start && token.end <= e.end)) return heads;
  const phrase = phraseOf(s, token);
  return mentions.filter((m) => phrase.some((t) => m.start <= t.start && t.end <= m.end));
}

const isPassive = (s: NlpSentence, verb: NlpToken) => childrenOf(s, verb, /^(aux:pass|nsubj:pass)$/).length > 0;

/**
 * The subject tokens of a verb, or of the verb it hangs from when it has none. An active verb coordinated with a passive one
 * shares its surface subject, not its agent: "X was summoned by Y and issued a protest" is X's protest.
 */
function subjectsOf(s: NlpSentence, verb: NlpToken): { verb: NlpToken; subjects: NlpToken[] } {
  let at: NlpToken | undefined = verb;
  let from: NlpToken | undefined;
  for (let depth = 0; at && depth < 3; depth++) {
    const shared = from?.rel === 'conj' && !isPassive(s, from) && isPassive(s, at);
    const subjects = edgesOf(s, at, shared ? /^nsubj:pass$/ : isPassive(s, at) ? /^obl:agent$/ : /^nsubj(:xsubj)?$/);
    if (subjects.length || !BORROWS_SUBJECT.test(at.rel)) return { verb: at, subjects };
    from = at;
    at = headOf(s, at);
  }
  return { verb, subjects: [] };
}

/** The verb that reports the words `verb` belongs to: its governor ("X said [that] … urged"), or a reporting verb set beside it. */
function reportingVerb(s: NlpSentence, verb: NlpToken, speech: Speech): NlpToken | undefined {
  const reports = (t: NlpToken | undefined) => t && speech.reporting.includes(t.lemma.toLowerCase());
  for (let at: NlpToken | undefined = verb, depth = 0; at && depth < 3; at = headOf(s, at), depth++) {
    const up = headOf(s, at);
    if (/^(ccomp|parataxis)$/.test(at.rel) && reports(up)) return up;
    const beside = childrenOf(s, at, /^(parataxis|ccomp)$/).find(reports);
    if (beside) return beside;
  }
  return undefined;
}

/** The verb that carries a statement noun as its object ("issued a warning"), if any. */
function carrierOf(s: NlpSentence, noun: NlpToken, speech: Speech): NlpToken | undefined {
  const verb = headOf(s, noun);
  return noun.rel === 'obj' && verb && speech.carrying.includes(verb.lemma.toLowerCase()) ? verb : undefined;
}

/** "X has been under pressure from Y", "X came under threat": the subject of the clause a statement noun is under is addressed. */
function underOf(s: NlpSentence, noun: NlpToken): NlpToken[] {
  if (!childrenOf(s, noun, /^case$/).some((c) => c.lemma.toLowerCase() === 'under')) return [];
  const own = childrenOf(s, noun, /^nsubj$/);
  const verb = headOf(s, noun);
  return own.length || !verb || !/^obl/.test(noun.rel) ? own : childrenOf(s, verb, /^nsubj$/);
}

/** "The rebels upped their demands": a possessive pronoun owner is the subject of the verb the noun hangs from. */
function ownerOf(s: NlpSentence, noun: NlpToken, owner: NlpToken): NlpToken[] {
  const verb = headOf(s, noun);
  if (owner.pos !== 'PRP$') return [owner];
  return verb?.pos.startsWith('VB') && /^(obj|obl)/.test(noun.rel) ? subjectsOf(s, verb).subjects : [];
}

/** How a statement verb stands beside the act it was made at: "met X and warned of …", "met X, urging …". */
const BESIDE = /^(conj|advcl)$/;

/**
 * "Y met X in Z and warned of escalation": a statement verb with no object of its own, joined to a meeting verb,
 * was made to those met (the meeting verb's object or "with" phrase).
 */
function metWith(s: NlpSentence, verb: NlpToken, mentions: Mention[], events: Trigger[]): NlpToken[] {
  const meeting = BESIDE.test(verb.rel) ? headOf(s, verb) : undefined;
  if (!meeting?.pos.startsWith('VB') || !events.some((e) => e.type === 'meeting' && e.form === 'verb' && e.start <= meeting.start && meeting.end <= e.end)) return [];
  return edgesOf(s, meeting, /^(obj|obl:with)$/).filter((t) => mentionsCovering(mentions, t).length > 0);
}

/** Statements that ask for an act: the act they ask for is aimed at whom they address. */
const ASKING = new Set(['appeal', 'demand']);

/**
 * "called for Kenya to withdraw", "called for a revolt to topple X": the act an appeal or demand asks for, in a "for … to"
 * clause, is asked of its subject when that names an actor, and else aimed at its object.
 */
function demandedOf(s: NlpSentence, verb: NlpToken, head: NlpToken, mentions: Mention[], events: Trigger[]): NlpToken[] {
  const subtype = events.find((e) => e.type === 'statement' && e.start <= head.start && head.end <= e.end)?.subtype;
  if (!subtype || !ASKING.has(subtype)) return [];
  const named = (t: NlpToken) => mentionsCovering(mentions, t).length > 0;
  const acts = childrenOf(s, verb, /^advcl$/).filter((c) => childrenOf(s, c, /^mark$/).some((m) => m.lemma.toLowerCase() === 'for'));
  return acts.flatMap((a) => {
    const subjects = childrenOf(s, a, /^nsubj$/).filter(named);
    return subjects.length ? subjects : childrenOf(s, a, /^obj$/).filter(named);
  });
}

const NO_PARTIES: StatementParties = { speakers: [], addressees: [], attributed: false, spoken: false };

/**
 * The parties a statement noun names in its own phrase: its owner, "by" or "from" phrase or the actor right before it speaks
 * ("Qatar's rejection", "demands by X", "US criticism"), and the phrase its subtype aims through is addressed ("criticism of
 * X's conduct", "demands on X", or the one under it: "X was under pressure from Y"). The nouns of the trigger's span count ("a list of demands by X"). Only subtypes whose noun
 * names speech are read so: "X's support for Y" is mostly backing, not words.
 */
function nounParties(s: NlpSentence, head: NlpToken, mentions: Mention[], events: Trigger[], speech: Speech): StatementParties {
  const trigger = events.find((t) => t.type === 'statement' && t.start <= head.start && head.end <= t.end);
  const aims = trigger?.subtype ? speech.nounAddressing[trigger.subtype] : undefined;
  if (!trigger || !aims) return NO_PARTIES;
  const nouns = s.tokens.filter((t) => t.start >= trigger.start && t.end <= trigger.end && /^NNS?$/.test(t.pos));
  const voicing = new RegExp(`^(nmod:poss|nmod:(${speech.voicing.join('|')}))$`);
  // "Turkish Cypriot demands": only an actor that ends right before the noun names who demands.
  const before = (n: NlpToken) => (t: NlpToken) => mentions.some((m) => m.start <= t.start && t.end <= m.end && s.tokens[n.index - 1] === t);
  const speakerTokens = nouns.flatMap((n) => [...edgesOf(s, n, voicing).flatMap((t) => ownerOf(s, n, t)), ...childrenOf(s, n, /^(amod|compound)$/).filter(before(n))]);
  const speakers = speakerTokens.flatMap((t) => actorsAt(s, t, mentions, events));
  const aimed = nouns.flatMap((n) => [...edgesOf(s, n, new RegExp(`^nmod:(${aims.join('|')})$`)), ...underOf(s, n)]);
  const addressees = aimed.flatMap((t) => actorsAt(s, t, mentions, events)).filter((m) => !speakers.some((x) => x.entity.id === m.entity.id));
  return { speakers, addressees, attributed: false, spoken: speakers.length > 0 };
}

/** The statement's speakers and addressees as the tree gives them; either list may be empty. */
export function readStatementParties(clause: TriggerClause, mentions: Mention[], events: Trigger[], speech: Speech): StatementParties {
  const { sentence: s, head } = clause;
  const sentenceMentions = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const inSentence = sentenceMentions.filter((m) => !m.bystander && !isPost(m, sentenceMentions, s));
  // "X is ready to wage war": an adjective of intent is the predicate its subject speaks through, like a verb.
  const verb = head.pos.startsWith('VB') || head.pos.startsWith('JJ') ? head : carrierOf(s, head, speech);
  if (!verb) return nounParties(s, head, inSentence, events, speech);
  // "X said Y was to blame": a verb joined to its subject by a copula says something of that subject, which is addressed; the
  // speaker is the subject of the verb that governs it.
  const predicated = verb.pos.startsWith('VB') && childrenOf(s, verb, /^cop$/).length > 0;
  const governor = predicated && /^(ccomp|xcomp|parataxis)$/.test(verb.rel) ? headOf(s, verb) : undefined;
  const subjects = predicated ? (governor ? subjectsOf(s, governor).subjects : []) : subjectsOf(s, verb).subjects;
  // Words in quotes are the statement of whoever the tree says reports them; "I" and "we" are that speaker.
  const reporter = reportingVerb(s, verb, speech);
  const own = subjects.filter((t) => !FIRST_PERSON.has(t.lemma.toLowerCase())).flatMap((t) => actorsAt(s, t, inSentence, []));
  const reporters = reporter ? subjectsOf(s, reporter).subjects.flatMap((t) => actorsAt(s, t, inSentence, [])) : [];
  const speakers = own.length ? own : reporters;
  // "'… the opposition rejected the talks,' the envoy said": words quoted of another actor are the teller's account, not that actor's statement.
  const told = reporter !== undefined && (!own.length || own.some((m) => reporters.some((r) => r.entity.id === m.entity.id)));
  const addressing = new RegExp(`^(obj|iobj|obl:(${speech.addressing.join('|')}))$`);
  // "says X must withdraw": the actor reported words oblige is addressed.
  const obliged = childrenOf(s, verb, /^ccomp$/).filter((c) => childrenOf(s, c, /^aux$/).some((a) => speech.obliging.includes(a.lemma.toLowerCase())));
  // "issued a warning to X": the noun's own "to" phrase, or the carrying verb's.
  const ofNoun = verb === head ? [] : edgesOf(s, head, new RegExp(`^nmod:(${speech.addressing.join('|')})$`));
  const objects = isPassive(s, verb) ? childrenOf(s, verb, /^nsubj:pass$/) : [...edgesOf(s, verb, addressing), ...ofNoun, ...obliged.flatMap((c) => childrenOf(s, c, /^nsubj$/)), ...demandedOf(s, verb, head, inSentence, events)];
  // "said North Korea's shelling was a violation": the actors of the act reported words judge are addressed.
  const judged = [
    ...childrenOf(s, verb, /^ccomp$/).filter((c) => judgementOf(c, speech) !== undefined).flatMap((c) => childrenOf(s, c, /^nsubj(:pass)?$/)),
    ...(predicated ? edgesOf(s, verb, /^nsubj(:xsubj)?$/) : []),
  ];
  const actors = [...objects.flatMap((t) => actorsAt(s, t, inSentence, events)), ...judged.flatMap((t) => actorsAt(s, t, inSentence, []))];
  const named = objects.length || judged.length ? actors : metWith(s, verb, inSentence, events).flatMap((t) => actorsAt(s, t, inSentence, []));
  const addressees = named.filter((m) => !speakers.some((x) => x.entity.id === m.entity.id));
  return { speakers, addressees, attributed: told, spoken: speakers.length > 0 };
}

/** The roles found by position, with the tree's speakers and addressees in place of theirs where the tree names any. */
export function withStatementParties(found: CandidateParticipant[], parties: StatementParties, ties: Map<string, TitleTie>): CandidateParticipant[] {
  const as = (ms: Mention[], role: 'source' | 'target') => ms.map((m): CandidateParticipant => ({ id: m.entity.id, role, kind: m.entity.kind }));
  const speakers = parties.speakers.length ? as(parties.speakers, 'source') : found.filter((p) => p.role === 'source');
  // The state or body a speaker serves speaks with them: the words' position never makes it their addressee.
  const speaking = new Set(speakers.flatMap((p) => [p.id, ties.get(p.id)?.affiliation?.id ?? p.id]));
  const addressees = parties.addressees.length ? as(parties.addressees, 'target') : found.filter((p) => p.role === 'target' && !speaking.has(p.id));
  const others = found.filter((p) => p.role !== 'source' && p.role !== 'target');
  const merged: CandidateParticipant[] = [];
  for (const p of [...speakers, ...addressees, ...others]) if (!merged.some((q) => q.id === p.id)) merged.push(p);
  return addEventAffiliations('statement', merged, ties);
}
