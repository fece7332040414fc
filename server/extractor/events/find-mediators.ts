/**
 * Who the article says mediates between the parties, read from the tree anywhere in it: the subject of a
 * mediating verb whose object is an event ("Egypt brokered the truce", "Kuwait is mediating in the dispute"),
 * and an actor a mediating noun is said of ("Egyptian mediators", "Malaysia is the facilitator of the talks",
 * "Kuwait, which is acting as a mediator", "the guarantors, Cuba and Norway", "Qatar's mediation").
 * News lists such a mediator in every talk, truce and deal of the process it mediates.
 */
import type { EventType } from '../../contract/extraction.js';
import type { CandidateEvent, CandidateParticipant, Mention, TitleTie, Trigger } from '../document-model.js';
import type { Mediation } from '../lexicons/load-lexicons.js';
import { addAffiliations } from '../mentions/add-affiliations.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';

/** Events a mediator brokers. */
const MEDIATED: ReadonlySet<EventType> = new Set(['talks', 'agreement', 'ceasefire']);
/** Relations by which an actor modifies a mediating noun ("Egyptian mediators", "Qatar's mediation", "mediation by Oman"). */
const MODIFIES = /^(amod|compound|nmod:poss|nmod:of|nmod:by|appos)$/;

const lemma = (t: NlpToken) => t.lemma.toLowerCase();
const dependents = (s: NlpSentence, head: number, rel: RegExp) => s.edges.flatMap((e) => (e.head === head && rel.test(e.rel) ? [e.dependent] : []));
const governors = (s: NlpSentence, dependent: number, rel: RegExp) => s.edges.flatMap((e) => (e.dependent === dependent && rel.test(e.rel) ? [e.head] : []));

/** The tokens of one sentence that stand for a mediator. */
function mediatorTokens(s: NlpSentence, isEvent: (t: NlpToken, verb: NlpToken) => boolean, lexicon: Mediation): number[] {
  return s.tokens.flatMap((t) => {
    if (t.pos.startsWith('VB') && lexicon.verbs.includes(lemma(t))) {
      const objects = dependents(s, t.index, /^(obj|obl:in|obl:between|nsubj:pass)$/).map((i) => s.tokens[i] as NlpToken);
      if (!lexicon.intransitive.includes(lemma(t)) && !objects.some((o) => isEvent(o, t))) return [];
      return dependents(s, t.index, /^(nsubj|nsubj:xsubj|obl:agent|obl:by)$/);
    }
    if (!t.pos.startsWith('NN') || !lexicon.nouns.includes(lemma(t))) return [];
    // "Malaysia is the facilitator", "acting as a mediator", "appointed mediator": the subject of the clause the noun completes.
    const predicate = governors(s, t.index, /^(obl:as|xcomp)$/);
    return [...dependents(s, t.index, /^(nsubj|nsubj:xsubj)$/), ...dependents(s, t.index, MODIFIES), ...governors(s, t.index, /^appos$/), ...predicate.flatMap((v) => dependents(s, v, /^(nsubj|nsubj:xsubj|obj)$/))];
  });
}

/** The actors the article names as mediators, each once. */
export function findMediators(nlp: NlpDocument, mentions: Mention[], triggers: Trigger[], lexicon: Mediation): Mention[] {
  // An object inside the verb's own trigger ("hosted refugees", an aid event) is no event the verb brings about.
  const within = (t: NlpToken, x: { start: number; end: number }) => x.start <= t.start && t.end <= x.end;
  const isEvent = (t: NlpToken, verb: NlpToken) => triggers.some((x) => x.type !== 'statement' && within(t, x) && !within(verb, x));
  const found: Mention[] = [];
  for (const s of nlp.sentences) {
    const actors = mentions.filter((m) => !m.bystander && m.start >= s.start && m.end <= s.end);
    for (const i of mediatorTokens(s, isEvent, lexicon)) {
      const token = s.tokens[i] as NlpToken;
      // The token and those coordinated with it: "brokered by Qatar and Egypt".
      const listed = [token, ...dependents(s, i, /^conj/).map((c) => s.tokens[c] as NlpToken)];
      for (const m of actors.filter((a) => listed.some((l) => a.start <= l.start && l.end <= a.end))) if (!found.some((f) => f.entity.id === m.entity.id)) found.push(m);
    }
  }
  return found;
}

/**
 * Every talk, truce and deal with the article's mediators as mediators: added where absent, and in place of the
 * participant role the clause gave them where two other parties remain ("Oman hosted talks between X and Y").
 */
export function withMediators(events: CandidateEvent[], mediators: Mention[], ties: Map<string, TitleTie>): CandidateEvent[] {
  if (!mediators.length) return events;
  const mediating = (id: string) => mediators.some((m) => m.entity.id === id);
  return events.map((e) => {
    if (!MEDIATED.has(e.trigger.type)) return e;
    const parties = e.participants.filter((p) => p.role !== 'mediator' && !mediating(p.id));
    const own = e.participants.map((p): CandidateParticipant => (p.role === 'participant' && mediating(p.id) && parties.length >= 2 ? { ...p, role: 'mediator' } : p));
    const added = mediators.filter((m) => !e.participants.some((p) => p.id === m.entity.id)).map((m): CandidateParticipant => ({ id: m.entity.id, role: 'mediator', kind: m.entity.kind }));
    return { ...e, participants: addAffiliations([...own, ...added], ties) };
  });
}
