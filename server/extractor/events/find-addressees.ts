/** Whom a statement on an earlier event is addressed to: "Guterres welcomed the accord" and "urged both sides" speak to the accord's parties. */
import type { EventType } from '../../contract/extraction.js';
import type { CandidateEvent, CandidateParticipant, Trigger } from '../document-model.js';
import type { Speech } from '../lexicons/load-lexicons.js';
import { childrenOf } from '../nlp/sentence-tree.js';
import type { TriggerClause } from './read-mood.js';

/** The statement verb's object is a definite event noun: "hailed the meeting", "welcomed this historic accord". */
const DEFINITE_OBJECT = /^\s+(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}$/;
/** Words news uses for one event of another type: "the deal" for a ceasefire agreed, "the meeting" for talks held. */
const KIN: Partial<Record<EventType, EventType[]>> = { agreement: ['agreement', 'ceasefire'], meeting: ['meeting', 'talks'], talks: ['talks', 'meeting'] };

/** "urged both sides", "called on the two leaders": the object is the parties of the last event between parties. */
const BOTH_SIDES = /^\s+(?:on\s+|upon\s+)?(?:both|the two|the)\s+(?:sides|parties|leaders|countries|governments|neighbours|neighbors|rivals|delegations|factions)\b/i;
const BETWEEN: ReadonlySet<EventType> = new Set(['talks', 'meeting', 'agreement', 'ceasefire']);

/**
 * The parties of the last event of an earlier sentence that the statement's definite object names, as targets;
 * never the speakers themselves, nor those the event acted upon.
 */
export function addresseesOf(trigger: Trigger, triggers: Trigger[], text: string, earlier: CandidateEvent[], speakers: CandidateParticipant[], clause: TriggerClause | null, speech: Speech): CandidateParticipant[] {
  const answered = trigger.subtype === 'rejection' ? lastAimedAt(earlier, speakers) : undefined;
  if (answered) return answered.participants.filter((p) => p.role === 'source' && !speakers.some((s) => s.id === p.id)).map((p) => ({ ...p, role: 'target' as const }));
  if (BOTH_SIDES.test(text.slice(trigger.end, trigger.end + 40))) return partiesOf(lastBetweenParties(earlier, trigger), speakers);
  if (clause && speaksToThem(clause, speech)) return lastGroupAddressed(earlier, trigger, speakers);
  const object = triggers.find((t) => t.start >= trigger.end);
  if (!object || object.form !== 'noun' || !DEFINITE_OBJECT.test(text.slice(trigger.end, object.start))) return clause && refersBack(clause, speech) ? partiesOf(lastTold(earlier, trigger), speakers) : [];
  const types = KIN[object.type] ?? [object.type];
  // "the meeting" names an event told before, not one of its own sentence ("Moon, who held two summits, hailed the meeting").
  // "criticised the demands": a statement noun names an earlier statement of its own kind, not any words said before.
  const kin = (e: CandidateEvent) => types.includes(e.trigger.type) && (object.type !== 'statement' || !object.subtype || e.trigger.subtype === object.subtype);
  const antecedent = earlier.filter((e) => kin(e) && e.trigger.segment < trigger.segment).at(-1);
  return partiesOf(antecedent, speakers);
}

/** "urged them to compromise", "warned them": the statement verb's object is the plural pronoun; "told them" only reports words. */
function speaksToThem({ sentence: s, head }: TriggerClause, speech: Speech): boolean {
  return head.pos.startsWith('VB') && !speech.reporting.includes(head.lemma.toLowerCase()) && childrenOf(s, head, /^(obj|iobj)$/).some((o) => o.pos === 'PRP' && o.lemma.toLowerCase() === 'they');
}

/**
 * "X pressed A and B to sign, while Y phoned to urge them": "them" are the two or more actors last named together, as the
 * last event told before that has two or more parties besides the speakers shows them: a statement's or an act's targets,
 * or, for an event between parties, its participants.
 */
function lastGroupAddressed(earlier: CandidateEvent[], trigger: Trigger, speakers: CandidateParticipant[]): CandidateParticipant[] {
  const spoken = (p: CandidateParticipant) => speakers.some((s) => s.id === p.id);
  const group = (e: CandidateEvent) => {
    const targets = e.participants.filter((p) => p.role === 'target' && !spoken(p));
    return targets.length ? targets : e.participants.filter((p) => p.role === 'participant' && !spoken(p));
  };
  const last = earlier.filter((e) => e.trigger.start < trigger.start && group(e).length >= 2).at(-1);
  return last ? group(last).map((p) => ({ ...p, role: 'target' as const })) : [];
}

/** "Kigali denies the charge": a rejection with no addressee of its own answers the last statement aimed at its speakers. */
const ANSWERED: ReadonlySet<string> = new Set(['accusation', 'demand', 'threat']);

function lastAimedAt(earlier: CandidateEvent[], speakers: CandidateParticipant[]): CandidateEvent | undefined {
  const aimed = (e: CandidateEvent) => e.participants.some((p) => p.role === 'target' && speakers.some((s) => s.id === p.id));
  return earlier.filter((e) => ANSWERED.has(e.trigger.subtype ?? '') && aimed(e)).at(-1);
}

/** The parties of an event as targets, but for its targets, mediators and the speakers themselves. */
function partiesOf(event: CandidateEvent | undefined, speakers: CandidateParticipant[]): CandidateParticipant[] {
  const spoken = (p: CandidateParticipant) => speakers.some((s) => s.id === p.id);
  return (event?.participants ?? []).filter((p) => p.role !== 'target' && p.role !== 'mediator' && !spoken(p)).map((p) => ({ ...p, role: 'target' as const }));
}

/** The last event told before the statement between two or more parties ("urged both sides to implement the truce"). */
function lastBetweenParties(earlier: CandidateEvent[], trigger: Trigger): CandidateEvent | undefined {
  const parties = (e: CandidateEvent) => e.participants.filter((p) => p.role === 'participant').length;
  return earlier.filter((e) => BETWEEN.has(e.trigger.type) && e.trigger.start < trigger.start && parties(e) >= 2).at(-1);
}

/** "welcomed the announcement", "hailed the decision", "it was welcomed by X": the statement's object points back at an event told before. */
function refersBack({ sentence: s, head }: TriggerClause, speech: Speech): boolean {
  if (!head.pos.startsWith('VB')) return false;
  const definite = (t: { index: number }) => childrenOf(s, s.tokens[t.index]!, /^det$/).some((d) => /^(the|this|that)$/i.test(d.word));
  return childrenOf(s, head, /^(obj|nsubj:pass)$/).some((o) => speech.referring.includes(o.lemma.toLowerCase()) && (o.pos.startsWith('PRP') || definite(o)));
}

/** The last event of an earlier sentence that is not itself a statement: what "the announcement" or "the news" reports; what is welcomed ("hailed the decision") is no attack. */
function lastTold(earlier: CandidateEvent[], trigger: Trigger): CandidateEvent | undefined {
  const fits = (e: CandidateEvent) => e.trigger.type !== 'statement' && (trigger.subtype !== 'support' || e.trigger.type !== 'offensive');
  return earlier.filter((e) => fits(e) && e.trigger.segment < trigger.segment).at(-1);
}
