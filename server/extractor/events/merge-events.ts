/** Stage 6: one event per real-world event, however often the article mentions it. */
import type { EventDate, EventStatus } from '../../contract/extraction.js';
import type { CandidateEvent, CandidateParticipant } from '../document-model.js';
import { lexicons } from '../lexicons/load-lexicons.js';
import type { NlpDocument, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf, sentenceAt, spanHead } from '../nlp/sentence-tree.js';

/** A candidate with all the evidence of the mentions merged into it. */
export interface MergedEvent extends Omit<CandidateEvent, 'evidence'> {
  evidence: Array<{ start: number; end: number }>;
}

/** Whether two dates may be one event's (an unknown date fits any). */
export function datesCompatible(a: EventDate, b: EventDate): boolean {
  if (a.start === null || b.start === null) return true;
  return a.start <= (b.end ?? b.start) && b.start <= (a.end ?? a.start);
}

const parentOf = new Map(lexicons.organizations.flatMap((o) => (o.partOf ? [[o.id, o.partOf] as const] : [])));
/** An organ and its body are one side ("the UN lifts sanctions", "the Security Council voted to lift them"); two organs are not. */
const sameBody = (a: string, b: string): boolean => a === b || parentOf.get(a) === b || parentOf.get(b) === a;

function sharesActor(a: CandidateParticipant[], b: CandidateParticipant[]): boolean {
  return a.some((p) => b.some((q) => sameBody(q.id, p.id)));
}

const sources = (ps: CandidateParticipant[]) => ps.filter((p) => p.role === 'source');
/** The head word's stem: "peace deal" and "deals" are "deal"; "evacuations", "evacuated" and "evacuate" are "evacuat". */
const stem = (phrase: string) =>
  (phrase.toLowerCase().split(/\s+/).at(-1) ?? '').replace(/s$/, '').replace(/(ion|ed|ing|e)$/, '');
/** Words news uses interchangeably for one event: "talks" and "negotiations", "deal" and "accord". */
const SYNONYM: Record<string, string> = { negotiat: 'talk', consultat: 'talk', accord: 'deal', agreement: 'deal', pact: 'deal' };
const lemma = (phrase: string) => SYNONYM[stem(phrase)] ?? stem(phrase);

/** Two sets of actors that both act, with no actor in common, are two events ("the EU imposed…", "Congress may levy…"). */
function haveOtherSources(a: CandidateParticipant[], b: CandidateParticipant[]): boolean {
  return sources(a).length > 0 && sources(b).length > 0 && !sharesActor(sources(a), sources(b));
}

/** Every actor of one mention takes part in the other in the same role: a shorter re-mention of it. */
export function isRepeated(some: CandidateParticipant[], all: CandidateParticipant[]): boolean {
  return some.every((p) => all.some((q) => sameBody(q.id, p.id) && q.role === p.role));
}

/** "Soto met Ruiz in July", "Haddad visited Peru in July": persons on both sides and none in common are two events. */
function haveOtherPersons(a: CandidateParticipant[], b: CandidateParticipant[]): boolean {
  const persons = (ps: CandidateParticipant[]) => ps.filter((p) => p.kind === 'person');
  // "Salame met Sarraj on Sunday … Salame also met Haftar": beside the person both share, each names another.
  const own = (ps: CandidateParticipant[], other: CandidateParticipant[]) => persons(ps).filter((p) => !sharesActor([p], persons(other)));
  return persons(a).length > 0 && persons(b).length > 0 && (!sharesActor(persons(a), persons(b)) || (own(a, b).length > 0 && own(b, a).length > 0));
}

/** A dated mention and an undated one are one event only when they use the same word for it, or one repeats the other's actors. */
function isSameMention(a: MergedEvent, b: CandidateEvent): boolean {
  const dated = (d: EventDate) => d.start !== null;
  const shared = a.participants.filter((p) => b.participants.some((q) => sameBody(q.id, p.id))).length;
  const repeated = isRepeated(a.participants, b.participants) || isRepeated(b.participants, a.participants);
  return dated(a.date) === dated(b.date) || lemma(a.trigger.text) === lemma(b.trigger.text) || shared >= 2 || repeated;
}

const opposite = (x: CandidateParticipant, y: CandidateParticipant) => (x.role === 'source' && y.role === 'target') || (x.role === 'target' && y.role === 'source');

/** "Attacks by Israel" and "attacks on Israel" share an actor in opposite roles: two events. */
function sharesActorInRole(a: CandidateParticipant[], b: CandidateParticipant[]): boolean {
  return a.some((p) => b.some((q) => sameBody(q.id, p.id) && !opposite(p, q)));
}

function hasOppositeRoles(a: CandidateParticipant[], b: CandidateParticipant[]): boolean {
  return a.some((p) => b.some((q) => q.id === p.id && opposite(p, q)));
}

/** Words before an event noun that say only how it is judged or where it stands, not which event it is. */
const GENERIC_QUALIFIER = /^(the|a|an|this|that|these|those|its|their|his|her|our|new|historic|landmark|final|fragile|latest|interim|tentative|formal|broad|comprehensive|first|previous|earlier|proposed|so-called|key|major|main|full|whole|same|any|such|of|to|on|in|at|with|and|signed|agreed|reached)$/;

/** The word that tells an event noun apart ("peace" in "a peace agreement", "trade" in "a trade accord"), or null. */
function qualifier(trigger: CandidateEvent['trigger'], text: string): string | null {
  if (trigger.form !== 'noun') return null;
  const words = trigger.text.toLowerCase().split(/\s+/);
  // Only a word after a determiner qualifies the noun: in "stop bombing" or "oppose accord" it is a verb.
  const word = words.length > 1 ? words[0] : /\b(?:a|an|the|this|its|their|his|her)\s+([a-z][a-z-]*)\s+$/i.exec(text.slice(Math.max(0, trigger.start - 30), trigger.start))?.[1];
  // "an Algerian-brokered deal", "the UN-backed plan": who brought it about, not which event it is.
  return word && !GENERIC_QUALIFIER.test(word) && !/^[a-z]+-[a-z]+ed$/i.test(word) ? word : null;
}

/** "a peace agreement" and "a trade agreement": two different qualifiers name two events. */
function haveOtherQualifiers(a: MergedEvent, b: CandidateEvent, text: string): boolean {
  const qa = qualifier(a.trigger, text);
  const qb = qualifier(b.trigger, text);
  return qa !== null && qb !== null && qa !== qb;
}

/**
 * A past tense in the sentence, or a perfect ("have met"): a held event, unlike a headline's tenseless "Mali and Niger talks"
 * or "Rivals sign deal", or "the envoy is poised to mediate", whose participle tells no time.
 */
function tellsPast(nlp: NlpDocument, span: { start: number; end: number }): boolean {
  return nlp.sentences.some(
    (s) =>
      s.start < span.end &&
      span.start < s.end &&
      s.tokens.some((t) => t.start >= span.start && t.end <= span.end && (t.pos === 'VBD' || (t.pos === 'VBN' && childrenOf(s, t, /^aux$/).some((a) => a.lemma.toLowerCase() === 'have')))),
  );
}

/** Events that recur between the same parties, so that one settled on is another round, dated or not. */
const RECURRING = new Set(['talks', 'meeting']);
/** Verbs by which parties settle on an event to come ("agreed to start talks"), unlike hoping for or offering one ("open to dialogue"). */
const SETTLING = new Set(['agree', 'decide', 'schedule']);

/** "agreed to negotiate", "decided to start talks": an event its parties have settled on, through its verb's complements. */
function isSettled(e: CandidateEvent | MergedEvent, nlp: NlpDocument): boolean {
  const sentence = sentenceAt(nlp, e.trigger.start);
  for (let at = sentence && spanHead(sentence.tokens, e.trigger); sentence && at && /^(obj|xcomp)$/.test(at.rel); ) {
    at = headOf(sentence, at);
    if (at && SETTLING.has(at.lemma.toLowerCase())) return true;
  }
  return false;
}

/**
 * "The talks … were the first" and "negotiations planned for February 8", or talks held and "agreed to start talks": one told as
 * held and one still to come are two events; undated, only talks or a meeting settled on (an undated deal or attack still to come
 * is mostly the one told as done, announced before).
 */
function isPlannedBesideDone(a: MergedEvent, b: CandidateEvent, nlp: NlpDocument): boolean {
  const plan = (e: CandidateEvent | MergedEvent) => e.status === 'planned' && (e.date.start !== null || (RECURRING.has(e.trigger.type) && isSettled(e, nlp)));
  const datedPlan = (e: CandidateEvent | MergedEvent) => e.status === 'planned' && e.date.start !== null;
  const held = (e: { status: string }, evidence: Array<{ start: number; end: number }>) => e.status !== 'planned' && evidence.some((v) => tellsPast(nlp, v));
  // "X, Y agree … at informal summit" and "Y accepted an invitation to visit Country A next year": another word for another event.
  const otherWord = lemma(a.trigger.text) !== lemma(b.trigger.text);
  return (plan(a) && (held(b, [b.evidence]) || (datedPlan(a) && otherWord && b.status !== 'planned'))) || (plan(b) && (held(a, a.evidence) || (datedPlan(b) && otherWord && a.status !== 'planned')));
}

/** "Mali denies the charge", "Mali rejects the demand": denying a charge and refusing a demand answer two statements. */
const isDenial = (t: CandidateEvent['trigger']) => t.subtype === 'rejection' && /^den(y|ie|ial)/i.test(t.text.split(/\s+/).at(-1) ?? '');

function isSameEvent(a: MergedEvent, b: CandidateEvent, text: string, nlp: NlpDocument): boolean {
  return (
    a.trigger.type === b.trigger.type &&
    isDenial(a.trigger) === isDenial(b.trigger) &&
    !haveOtherQualifiers(a, b, text) &&
    !isPlannedBesideDone(a, b, nlp) &&
    a.trigger.subtype === b.trigger.subtype &&
    datesCompatible(a.date, b.date) &&
    sharesActorInRole(a.participants, b.participants) &&
    !haveOtherSources(a.participants, b.participants) &&
    !haveOtherPersons(a.participants, b.participants) &&
    isSameMention(a, b)
  );
}

const narrower = (a: EventDate, b: EventDate): EventDate => (a.start === null ? b : a);
const STATUS_RANK: Record<EventStatus, number> = { ongoing: 0, occurred: 1, planned: 2 };

function absorb(target: MergedEvent, other: CandidateEvent): void {
  for (const p of other.participants) if (!target.participants.some((q) => q.id === p.id)) target.participants.push(p);
  if (!target.evidence.some((e) => e.start === other.evidence.start)) target.evidence.push(other.evidence);
  const undated = target.date.start === null;
  target.date = narrower(target.date, other.date);
  target.place ??= other.place;
  // An undated mention (a headline) tells nothing of when, so the dated one gives the status with the date;
  // otherwise a mention of the event as going on is the latest news of it, and a dated past mention outranks an announcement.
  if (undated && other.date.start !== null) target.status = other.status;
  else if (STATUS_RANK[other.status] < STATUS_RANK[target.status] && (other.status === 'ongoing' || other.date.start !== null)) target.status = other.status;
}

/** Determiners by which a noun refers back to something already named. */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** Determiners by which a noun introduces something not named before. */
const INDEFINITE = new Set(['a', 'an']);

/** Whether the event noun's head has one of the determiners. */
function hasDeterminer(candidate: Pick<CandidateEvent, 'trigger'>, nlp: NlpDocument, determiners: ReadonlySet<string>): boolean {
  if (candidate.trigger.form !== 'noun') return false;
  const sentence = sentenceAt(nlp, candidate.trigger.start);
  const head = sentence && spanHead(sentence.tokens, candidate.trigger);
  return !!head && childrenOf(sentence, head, /^det$/).some((d) => determiners.has(d.lemma.toLowerCase()));
}

/** "The meeting ended without…", "the Doha meeting", "the 'unconditional' truce": a definite event noun refers back to the last event of its type. */
const isAnaphoric = (candidate: CandidateEvent, nlp: NlpDocument) => hasDeterminer(candidate, nlp, DEFINITE);

/** Prepositions and nouns by which an act is set after an event already told ("in the aftermath of the attack", "following the talks"). */
const AFTER_CASES = new Set(['after', 'following', 'since', 'amid', 'despite']);
const AFTER_NOUNS = new Set(['aftermath', 'wake']);

/** "in the aftermath of the attack", "following the talks": a definite event noun an act is set after. */
function isFrame(candidate: CandidateEvent, nlp: NlpDocument): boolean {
  const sentence = sentenceAt(nlp, candidate.trigger.start);
  const head = sentence && spanHead(sentence.tokens, candidate.trigger);
  if (!sentence || !head) return false;
  const cases = (t: NlpToken) => childrenOf(sentence, t, /^case$/).map((c) => c.lemma.toLowerCase());
  const over = headOf(sentence, head);
  return cases(head).some((c) => AFTER_CASES.has(c)) || (!!over && AFTER_NOUNS.has(over.lemma.toLowerCase()) && cases(head).includes('of'));
}

function findAntecedent(merged: MergedEvent[], c: CandidateEvent, text: string, nlp: NlpDocument): MergedEvent | undefined {
  const same = merged.find((m) => isSameEvent(m, c, text, nlp));
  if (same || !isAnaphoric(c, nlp)) return same;
  // "the deal" may name the ceasefire just agreed; "the meeting" the talks just held, and "the talks" the meeting.
  const talking = new Set(['talks', 'meeting']);
  const kin = (m: MergedEvent) =>
    m.trigger.type === c.trigger.type || (c.trigger.type === 'agreement' && m.trigger.type === 'ceasefire') || (talking.has(c.trigger.type) && talking.has(m.trigger.type));
  return merged.filter((m) => kin(m) && m.trigger.subtype === c.trigger.subtype && datesCompatible(m.date, c.date) && !hasOppositeRoles(m.participants, c.participants)).at(-1);
}

/** Where an event is first told. */
const firstTold = (e: MergedEvent) => Math.min(...e.evidence.map((v) => v.start));

/**
 * "Turkey brokered the deal with Russia … Turkey brokered the ceasefire with Russia": a deal named by no word of its own whose
 * actors are the ceasefire's (all of them, or two) at a compatible date is that ceasefire, unless it is a deal introduced
 * ("an accord was reached") before the ceasefire is told.
 */
function findTruceOfDeal(merged: MergedEvent[], deal: MergedEvent, text: string, nlp: NlpDocument): MergedEvent | undefined {
  if (deal.trigger.type !== 'agreement' || deal.trigger.form !== 'noun' || qualifier(deal.trigger, text) !== null) return undefined;
  // "An accord was reached …" before any truce is told introduces an event of its own; "the deal" or one told after the truce points back at it.
  const introduced = hasDeterminer(deal, nlp, INDEFINITE);
  const shared = (t: MergedEvent) => deal.participants.filter((p) => t.participants.some((q) => sameBody(q.id, p.id))).length;
  return merged.find(
    (t) =>
      t.trigger.type === 'ceasefire' &&
      (!introduced || firstTold(t) <= firstTold(deal)) &&
      datesCompatible(t.date, deal.date) &&
      !hasOppositeRoles(t.participants, deal.participants) &&
      (isRepeated(deal.participants, t.participants) || shared(t) >= 2),
  );
}

function foldDealsIntoTruces(merged: MergedEvent[], text: string, nlp: NlpDocument): MergedEvent[] {
  return merged.filter((deal) => {
    const truce = findTruceOfDeal(merged, deal, text, nlp);
    if (!truce) return true;
    for (const p of deal.participants) if (!truce.participants.some((q) => q.id === p.id)) truce.participants.push(p);
    for (const e of deal.evidence) if (!truce.evidence.some((v) => v.start === e.start)) truce.evidence.push(e);
    truce.date = narrower(truce.date, deal.date);
    return false;
  });
}

/**
 * "Also on Friday, X recalled its envoy in the aftermath of the attack": the event an act is set after is the last one told
 * of its type; the clause's actors and day are the act's, not that event's, so it lends only its words.
 */
function findFramedAntecedent(merged: MergedEvent[], c: CandidateEvent, nlp: NlpDocument): MergedEvent | undefined {
  if (!isAnaphoric(c, nlp) || !isFrame(c, nlp)) return undefined;
  return merged.filter((m) => m.trigger.type === c.trigger.type && m.trigger.subtype === c.trigger.subtype).at(-1);
}

/** Candidates of the same type and subtype that share an actor and a compatible date become one event. */
export function mergeEvents(candidates: CandidateEvent[], text: string, nlp: NlpDocument): MergedEvent[] {
  const merged: MergedEvent[] = [];
  for (const c of candidates) {
    const same = findAntecedent(merged, c, text, nlp);
    const framing = same ? undefined : findFramedAntecedent(merged, c, nlp);
    if (same) absorb(same, c);
    else if (framing) framing.evidence.push(c.evidence);
    else merged.push({ ...c, participants: [...c.participants], evidence: [c.evidence] });
  }
  return foldDealsIntoTruces(merged, text, nlp);
}
