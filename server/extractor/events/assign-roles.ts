/** Who acts and who is acted upon: a verb's subject and objects, or the actors that modify an event noun. */
import type { EventType, Role } from '../../contract/extraction.js';
import type { CandidateParticipant, Mention, TitleTie, Trigger } from '../document-model.js';
import { addEventAffiliations } from './add-event-affiliations.js';
import { isPost } from './find-posts.js';
import { readLeaderGovernments } from './read-leader-governments.js';
import { passiveAgents, type PassiveAgents } from './find-passive-agents.js';
import { LIST_GAP, postmodifiers, premodifiers } from './find-noun-modifiers.js';
import type { NlpSentence } from '../nlp/nlp-document.js';
import { spanHead } from '../nlp/sentence-tree.js';
import { addressedOnTrip, companionActors, destinationActors, includedActors, resolutionTargets, visitedActors } from './find-included-actors.js';
import { lexicons } from '../lexicons/load-lexicons.js';
import { conjunctsOf } from './find-conjuncts.js';
import { attackedStates } from './find-attacked-states.js';
import { controllingActors } from './find-controllers.js';
import { adverbialSubjects, governingSubjects, MEDIATING_VERB, secondVerbStart, sharedSubjects, SPEECH, splitAtSpeech, type Clause } from './find-subjects.js';

const SYMMETRIC: ReadonlySet<EventType> = new Set(['talks', 'meeting', 'agreement', 'ceasefire']);
const ACTED_UPON: ReadonlySet<EventType> = new Set(['statement', 'sanctions', 'offensive', 'resolution']);
const MEDIATOR_AFTER = /^[-‑](brokered|mediated|hosted|sponsored)\b/i;
const MEDIATOR_BEFORE = /\b(brokered|mediated|hosted|convened|chaired) by\s+(the\s+)?$/i;
const BACKER_AFTER = /^[-‑](backed|supported|allied|aligned|funded|armed)\b/i;
/** The actors a verb acts on: the first actor within a few words ("demanded an end to the Russian bombardment"), and those listed with it. */
const OBJECT_GAP = /^\s+(?:[\w'’.-]+\s+){0,6}(?:pro-)?$/;
/** A statement verb right before an event noun, as its object ("hailed the historic agreement"). */
const EVENT_OBJECT_GAP = /^\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}$/;
const MEETING: ReadonlySet<EventType> = new Set(['meeting', 'talks']);
/** Events an actor wields rather than joins: whoever acts with them is their source. */
const CONTROLLED: ReadonlySet<EventType> = new Set(['humanitarian', 'sanctions', 'resolution']);
const MEETING_WITH = /^[^.;,]{0,60}\bwith\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w'’-]+\s+){0,3}$/;

/** "demanded that Turkey halt": the addressee of a demand or appeal may open its "that" clause. */
const ADDRESSEE_THAT: ReadonlySet<string> = new Set(['demand', 'appeal']);

function objects(trigger: Trigger, mentions: Mention[], ctx: RoleContext): Array<{ m: Mention; passive: boolean }> {
  const found: Array<{ m: Mention; passive: boolean }> = [];
  // Only "was besieged by X" is passive; in "shelled positions held by X" the "by" belongs to another verb.
  const passiveVerb = !/ing$/i.test(trigger.text) && PASSIVE_BEFORE.test(ctx.text.slice(ctx.clause.start, trigger.start));
  const clauseWord = ADDRESSEE_THAT.has(trigger.subtype ?? '') ? /\b(which|who|to\s+be)\b/ : /\b(that|which|who|to\s+be)\b/;
  let right = trigger.end;
  for (const m of mentions.filter((x) => x.start >= trigger.end)) {
    const gap = ctx.text.slice(right, m.start);
    const first = found.length === 0;
    // "condemned the rocket attacks on Israel", "cut ties with Sudan and attacked Niger": the actor belongs to the event named in between.
    // "threatened to attack Sudan": the act threatened is the threat, so its object is the one threatened.
    const threatened = (t: Trigger) => trigger.subtype === 'threat' && /^\s+to\s+$/.test(ctx.text.slice(trigger.end, t.start));
    const nested = ctx.triggers.some((t) => t !== trigger && t.start >= right && t.end <= m.start && !threatened(t));
    // "travelled to Moscow on Tuesday for talks with his Russian counterpart Lavrov": whom a meeting is with, further on.
    const meetsWith = first && MEETING.has(trigger.type) && MEETING_WITH.test(gap);
    if (nested || !(first ? (OBJECT_GAP.test(gap) || meetsWith) && !clauseWord.test(gap) : LIST_GAP.test(gap))) break;
    found.push({ m, passive: first ? passiveVerb && /\bby\s+(the\s+)?$/.test(gap) : (found[0]?.passive ?? false) });
    right = m.end;
  }
  return found;
}

export interface RoleContext {
  text: string;
  clause: Clause;
  ties: Map<string, TitleTie>;
  /** Other triggers of the sentence: an event noun after another event's words has no claim on the clause's subject. */
  triggers: Trigger[];
  /** Every actor mention of the sentence, for possessive pronouns that point back past the clause. */
  sentence: Mention[];
  /** The trigger's sentence as the parser read it, where the document has it. */
  tree?: NlpSentence;
}

function actingRole(type: EventType): Role {
  return SYMMETRIC.has(type) ? 'participant' : 'source';
}

function actedUponRole(type: EventType): Role {
  return ACTED_UPON.has(type) ? 'target' : 'participant';
}

const PASSIVE_BEFORE = /\b(is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|then\s+|not\s+)?$/i;

function verbArguments(trigger: Trigger, mentions: Mention[], ctx: RoleContext): Array<{ m: Mention; role: Role }> {
  const shared = sharedSubjects(trigger, mentions, ctx.text, ctx.clause);
  const { speakers, subjects } = shared ? { speakers: shared, subjects: [] } : splitAtSpeech(trigger, mentions, ctx.text, ctx.clause);
  const statement = trigger.type === 'statement';
  // "The rebels will then be evacuated": a passive verb's subject is acted upon.
  const passive = !/ing$/i.test(trigger.text) && PASSIVE_BEFORE.test(ctx.text.slice(ctx.clause.start, trigger.start));
  const subjectRole = statement || passive ? actedUponRole(trigger.type) : actingRole(trigger.type);
  const speakerRole = passive ? actedUponRole(trigger.type) : statement ? 'source' : actingRole(trigger.type);
  // "Kenya urged Chad to withdraw", "Russia accused Turkey of attacking": after a statement verb, the one spoken to or of acts.
  const asking = (t: Trigger) => t.type === 'statement' && t.subtype !== 'threat' && t.subtype !== 'rejection' && t.start >= ctx.clause.start && t.end <= trigger.start;
  const spokenTo = statement || shared ? undefined : ctx.triggers.filter(asking).at(-1);
  const complement = spokenTo && /\b(?:to|of|for)\s+(?:\w+\s+)?$/.test(ctx.text.slice(spokenTo.end, trigger.start)) && secondVerbStart(trigger, ctx.text, ctx.clause) === null;
  const actors = spokenTo && complement ? speakers.filter((m) => m.start >= spokenTo.end) : speakers;
  const kept = statement || subjects.length === 0 ? actors : [];
  const found = objects(trigger, mentions, ctx).map(({ m, passive }) => ({ m, role: passive ? actingRole(trigger.type) : actedUponRole(trigger.type) }));
  const addressed = statement && !found.length ? eventActors(trigger, mentions, ctx).map((m) => ({ m, role: 'target' as Role })) : [];
  return [...kept.map((m) => ({ m, role: speakerRole as Role })), ...subjects.map((m) => ({ m, role: subjectRole as Role })), ...found, ...addressed];
}

/** "welcomed the agreement between Serbia and Kosovo", "condemned the raid by Chad": a statement on an event is addressed to those who took part in it or carried it out, never to its targets. */
function eventActors(trigger: Trigger, mentions: Mention[], ctx: RoleContext): Mention[] {
  const event = ctx.triggers.find((t) => t.start >= trigger.end);
  if (!event || event.form !== 'noun' || !EVENT_OBJECT_GAP.test(ctx.text.slice(trigger.end, event.start))) return [];
  return postmodifiers(event, mentions, ctx.text, 'target').flatMap(({ m, role }) => (role === 'target' ? [] : [m]));
}

function nounArguments(trigger: Trigger, mentions: Mention[], ctx: RoleContext): Array<{ m: Mention; role: Role }> {
  const pre = premodifiers(trigger, mentions, ctx.text);
  const governing = governingSubjects(trigger, mentions, ctx.text, ctx.clause, ctx.triggers);
  const subjects = governing.subjects.filter((m) => !pre.includes(m));
  const subjectRole: Role = MEDIATING_VERB.test(governing.verb) ? 'mediator' : actingRole(trigger.type);
  const preRole = trigger.type === 'resolution' || trigger.type === 'sanctions' || trigger.type === 'offensive' ? 'source' : actingRole(trigger.type);
  const found = [
    ...subjects.map((m) => ({ m, role: subjectRole })),
    ...pre.reverse().map((m) => ({ m, role: preRole as Role })),
    ...postmodifiers(trigger, mentions, ctx.text, actedUponRole(trigger.type)),
    ...agentsOf(passiveAgents(trigger, mentions, ctx.text, ctx.triggers), trigger.type),
    ...membersOf(trigger, mentions, ctx),
    ...settersOf(trigger, ctx),
  ];
  if (found.length && found.every(({ m, role }) => adjustRole(m, role, ctx.text, trigger.type) === 'mediator')) return [...found, ...outcomeParties(trigger, mentions, ctx)];
  if (found.length) return found;
  const owners = possessiveOwners(trigger, ctx);
  if (owners.length) return owners.map((m) => ({ m, role: actingRole(trigger.type) }));
  const controllers = controllersOf(trigger, mentions, ctx);
  if (controllers.length) return controllers.map((m) => ({ m, role: actingRole(trigger.type) }));
  // An event noun with no actor of its own belongs to the actors its clause opens with ("Kerry and Lavrov shook hands before their talks"),
  // unless reported speech or another event stands between them.
  const preceded = ctx.triggers.some((t) => t !== trigger && t.start >= ctx.clause.start && t.end <= trigger.start);
  // "summoned India's envoy to protest against the shelling": an event named as the topic of another act is not the subject's.
  if (preceded || TOPIC_BEFORE.test(ctx.text.slice(ctx.clause.start, trigger.start))) return [];
  // "X and Y agreed to …, after two days of talks": talks that led to the deal of the clause before were its parties'.
  const led = LED_TO_DEAL.test(ctx.text.slice(Math.max(0, trigger.start - 60), trigger.start));
  const outcome = led ? outcomeParties(trigger, ctx.sentence.filter((m) => !m.bystander), ctx, 0) : [];
  if (outcome.length) return outcome;
  const speech = [...ctx.text.slice(ctx.clause.start, trigger.start).matchAll(SPEECH)].at(-1);
  const from = speech ? ctx.clause.start + (speech.index ?? 0) + speech[0].length : ctx.clause.start;
  const said = mentions.filter((m) => m.start >= from && m.end <= trigger.start);
  // "Kerry said a meeting had agreed to a truce": with no actor in what was said, the one reporting it took part.
  const definite = /\b(the|this|that|these|those)\s+$/i.test(ctx.text.slice(Math.max(0, trigger.start - 8), trigger.start));
  const reporters = speech && !said.length && !definite ? mentions.filter((m) => m.end <= ctx.clause.start + (speech.index ?? 0)) : [];
  return [...said, ...reporters].map((m) => ({ m, role: actingRole(trigger.type) }));
}

/** "the summit included X", "talks involving X": those a meeting, talk or deal includes take part in it. */
function membersOf(trigger: Trigger, mentions: Mention[], ctx: RoleContext): Array<{ m: Mention; role: Role }> {
  const noun = ctx.tree && SYMMETRIC.has(trigger.type) ? spanHead(ctx.tree.tokens, trigger) : undefined;
  return ctx.tree && noun ? includedActors(ctx.tree, noun, mentions).map((m) => ({ m, role: 'participant' as Role })) : [];
}

/** "spoke during a visit to X", "returned after talks with X": the subject of the act a meeting noun is set in holds it. */
function settersOf(trigger: Trigger, ctx: RoleContext): Array<{ m: Mention; role: Role }> {
  const tree = ctx.tree;
  const noun = tree && MEETING.has(trigger.type) ? spanHead(tree.tokens, trigger) : undefined;
  if (!tree || !noun) return [];
  // The tree links the act across a clause boundary ("after talks with X"): its subject may stand before the clause.
  const actors = ctx.sentence.filter((m) => !m.bystander && !isPost(m, ctx.sentence, tree));
  return adverbialSubjects(tree, noun, actors).map((m) => ({ m, role: 'participant' as Role }));
}

/** "vowed to ease the misery with humanitarian aid": aid, sanctions or a resolution carried by the verb of someone who acts with them. */
function controllersOf(trigger: Trigger, mentions: Mention[], ctx: RoleContext): Mention[] {
  const noun = ctx.tree && CONTROLLED.has(trigger.type) ? spanHead(ctx.tree.tokens, trigger) : undefined;
  return ctx.tree && noun ? controllingActors(ctx.tree, noun, mentions, ctx.triggers) : [];
}

/** "made a visit to X": the host of a meeting named by a noun takes part in it, besides those who came. */
function hostsOf(trigger: Trigger, mentions: Mention[], ctx: RoleContext): Array<{ m: Mention; role: Role }> {
  const noun = ctx.tree && trigger.type === 'meeting' ? spanHead(ctx.tree.tokens, trigger) : undefined;
  return ctx.tree && noun ? visitedActors(ctx.tree, noun, mentions).map((m) => ({ m, role: 'participant' as Role })) : [];
}

/** "flew in to press X": a trip is a meeting with those its purpose addresses. */
function addresseesOfTrip(trigger: Trigger, mentions: Mention[], ctx: RoleContext): Array<{ m: Mention; role: Role }> {
  const verb = ctx.tree && trigger.type === 'meeting' ? spanHead(ctx.tree.tokens, trigger) : undefined;
  const trip = verb && lexicons.senses.trips.includes(verb.lemma.toLowerCase());
  return ctx.tree && verb && trip ? addressedOnTrip(ctx.tree, verb, mentions, ctx.triggers).map((m) => ({ m, role: 'participant' as Role })) : [];
}

/** "arrived in X", "flew to X": the state a visit goes to hosts it, though the place alone would only say where it was. */
function hostsOfTrip(trigger: Trigger, ctx: RoleContext): Array<{ m: Mention; role: Role }> {
  const verb = ctx.tree && trigger.type === 'meeting' ? spanHead(ctx.tree.tokens, trigger) : undefined;
  const trip = verb && verb.pos.startsWith('VB') && lexicons.senses.trips.includes(verb.lemma.toLowerCase());
  // The tree ties the place to the verb, so the sentence's mentions will do; a setting is a bystander the clause's list has dropped.
  const places = ctx.sentence.filter((m) => m.setting && m.entity.kind === 'state');
  return ctx.tree && verb && trip ? destinationActors(ctx.tree, verb, places).map((m) => ({ m, role: 'participant' as Role })) : [];
}

/** Those a meeting or talks are held with, named anywhere in the "with" phrase ("met with the Head of the Council Ali Omar"). */
function companionsOf(trigger: Trigger, mentions: Mention[], ctx: RoleContext): Array<{ m: Mention; role: Role }> {
  const head = ctx.tree && MEETING.has(trigger.type) ? spanHead(ctx.tree.tokens, trigger) : undefined;
  return ctx.tree && head ? companionActors(ctx.tree, head, mentions).map((m) => ({ m, role: 'participant' as Role })) : [];
}

/** A resolution is aimed at those the measures it adopts are aimed at ("voted to approve sanctions against X"). */
function aimedAt(trigger: Trigger, mentions: Mention[], ctx: RoleContext): Array<{ m: Mention; role: Role }> {
  const head = ctx.tree && trigger.type === 'resolution' ? spanHead(ctx.tree.tokens, trigger) : undefined;
  return ctx.tree && head ? resolutionTargets(ctx.tree, head, mentions).map((m) => ({ m, role: 'target' as Role })) : [];
}

/** Agents that broker an event mediate it; those that carry it out act in it. */
function agentsOf({ agents, brokering }: PassiveAgents, type: EventType): Array<{ m: Mention; role: Role }> {
  return agents.map((m) => ({ m, role: brokering ? 'mediator' : actingRole(type) }));
}

/**
 * "X and Y agreed to a truce at the end of UN-sponsored talks": the parties to a deal the clause opens with took part in the
 * brokered talks that led to it.
 */
function outcomeParties(trigger: Trigger, mentions: Mention[], ctx: RoleContext, from = ctx.clause.start): Array<{ m: Mention; role: Role }> {
  const first = ctx.triggers.find((t) => t.segment === trigger.segment && t.start >= from && t.end <= trigger.start);
  if (!MEETING.has(trigger.type) || !first || (first.type !== 'agreement' && first.type !== 'ceasefire')) return [];
  return mentions.filter((m) => m.end <= first.start).map((m) => ({ m, role: 'participant' as Role }));
}

const LED_TO_DEAL = /\b(?:after|following|at the end of|at the close of)\s+(?:[\w-]+\s+){0,4}$/i;
const TOPIC_BEFORE = /\b(?:against|over|about|on)\s+(?:the|this|that|these|those)\s+(?:[a-z-]+\s+)?$/i;
const POSSESSIVE_BEFORE = /\b(its|their)\s+(?:[a-z][\w-]*\s+){0,2}$/i;

/** "its bombing campaign", "their talks": the actor named last before the pronoun ("their": with those listed with it). */
function possessiveOwners(trigger: Trigger, ctx: RoleContext): Mention[] {
  const pronoun = POSSESSIVE_BEFORE.exec(ctx.text.slice(ctx.clause.start, trigger.start))?.[1]?.toLowerCase();
  if (!pronoun) return [];
  const before = ctx.sentence.filter((m) => m.end <= trigger.start && !m.bystander && (pronoun === 'their' || m.entity.kind !== 'person'));
  const last = before.at(-1);
  if (!last) return [];
  if (pronoun === 'its') return [last];
  const listed = [last];
  for (const m of before.slice(0, -1).reverse()) {
    if (!LIST_GAP.test(ctx.text.slice(m.end, listed.at(-1)!.start)) && !/^\s*(,|and|, and)\s*$/.test(ctx.text.slice(m.end, listed.at(-1)!.start))) break;
    listed.push(m);
  }
  return listed.reverse();
}

function adjustRole(m: Mention, role: Role, text: string, type: EventType): Role {
  // "hosted by Chad, which attacked Sudan": an act done to someone has no go-between, whatever the words before its actor say.
  const mediable = !ACTED_UPON.has(type);
  if (mediable && /^\s+(brokered|mediated)\b/.test(text.slice(m.end, m.end + 12))) return 'mediator';
  if (mediable && (MEDIATOR_AFTER.test(text.slice(m.end, m.end + 12)) || MEDIATOR_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)))) return 'mediator';
  // "demanded that Russian-backed forces leave": the backer is the one addressed; in other events it only stands behind one side.
  if (BACKER_AFTER.test(text.slice(m.end, m.end + 12)) && !(type === 'statement' && role === 'target')) return 'participant';
  return role;
}

/** Participants of one trigger from the mentions of its clause, one role per actor, first role wins. */
export function assignRoles(trigger: Trigger, clauseMentions: Mention[], ctx: RoleContext): CandidateParticipant[] {
  const acting = clauseMentions.filter((m) => !m.bystander && !(ctx.tree && isPost(m, clauseMentions, ctx.tree)));
  const mentions = ctx.tree ? readLeaderGovernments(acting, ctx.ties, ctx.tree) : acting;
  // "has been fighting the rebels": an -ing noun after an auxiliary is the verb.
  const before = ctx.text.slice(ctx.clause.start, trigger.start);
  // "to visit India", "will attack": a bare noun form after "to" or a modal is the verb.
  const infinitive = /^[a-z]+$/i.test(trigger.text) && !/s$/i.test(trigger.text) && /\b(to|will|would|could|should|must|may|might|can)\s+$/i.test(before);
  const verbal = trigger.form === 'verb' || infinitive || (/ing$/i.test(trigger.text) && /\b(is|are|was|were|be|been|keep|keeps|kept)\s+$/i.test(before));
  const found = [...(verbal ? [...verbArguments(trigger, mentions, ctx), ...addresseesOfTrip(trigger, mentions, ctx), ...hostsOfTrip(trigger, ctx)] : [...nounArguments(trigger, mentions, ctx), ...hostsOf(trigger, mentions, ctx)]), ...aimedAt(trigger, mentions, ctx), ...companionsOf(trigger, mentions, ctx)];
  const tree = ctx.tree;
  const joined = tree ? found.flatMap(({ m, role }) => conjunctsOf(tree, m, mentions).map((c) => ({ m: c, role }))) : [];
  const participants: CandidateParticipant[] = [];
  // "the Iran-aligned Houthis agreed to a truce": the backer stands behind a side; it does not sit at the table.
  const backer = (m: Mention) => SYMMETRIC.has(trigger.type) && BACKER_AFTER.test(ctx.text.slice(m.end, m.end + 12));
  for (const { m, role } of [...found, ...joined]) {
    if (!participants.some((p) => p.id === m.entity.id) && !backer(m)) participants.push({ id: m.entity.id, role: adjustRole(m, role, ctx.text, trigger.type), kind: m.entity.kind });
  }
  return addEventAffiliations(trigger.type, [...participants, ...struckStates(trigger, participants, ctx)], ctx.ties);
}

/** The states an attack with no target of its own strikes through their places ("shelled the Syrian border town"). */
function struckStates(trigger: Trigger, participants: CandidateParticipant[], ctx: RoleContext): CandidateParticipant[] {
  const head = ctx.tree && trigger.type === 'offensive' && !participants.some((p) => p.role === 'target') ? spanHead(ctx.tree.tokens, trigger) : undefined;
  const states = ctx.tree && head ? attackedStates(ctx.tree, head, ctx.sentence) : [];
  return states.filter((e, i) => states.findIndex((x) => x.id === e.id) === i && !participants.some((p) => p.id === e.id)).map((e) => ({ id: e.id, role: 'target', kind: e.kind }));
}
