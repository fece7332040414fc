/** Stage 5: one candidate event per trigger, with participants, roles, status, date and place from its clause. */
import type { EventDate } from '../../contract/extraction.js';
import { assignRoles } from './assign-roles.js';
import { datesOfEvent } from '../dates/attach-dates.js';
import { newsDate, type NewsDays } from '../dates/apply-default-dates.js';
import type { CandidateEvent, CandidateParticipant, Mention, Segment, TitleTie, Trigger } from '../document-model.js';
import { addresseesOf } from './find-addressees.js';
import { lastingStatus, readStatus } from './detect-status.js';
import { findPlace } from './find-place.js';
import { inheritDefiniteTargets } from './inherit-definite-targets.js';
import { findMediators, withMediators } from './find-mediators.js';
import { expandImplicitParties, findImplicitParties } from './find-implicit-parties.js';
import { lexicons } from '../lexicons/load-lexicons.js';
import type { NlpDocument } from '../nlp/nlp-document.js';
import { locateTrigger, readMood, type TriggerClause } from './read-mood.js';
import { childrenOf } from '../nlp/sentence-tree.js';
import { spanEndingAt } from '../dates/resolve-periods.js';
import { readStatementParties, withStatementParties } from './read-statement-parties.js';
import { splitClauses } from '../segments/split-clauses.js';
import { reciprocalDirections } from './split-reciprocal.js';
import { sidesOfLoneConflict, withOtherSides, type ConflictSides } from './find-conflict-sides.js';

export interface EventContext {
  text: string;
  published: string;
  /** When the article's news happened (see apply-default-dates): its present-perfect news is dated by it. */
  news: NewsDays;
  mentions: Mention[];
  ties: Map<string, TitleTie>;
  triggers: Trigger[];
  nlp: NlpDocument;
  /** The sides of the article's conflicts (find-conflict-sides). */
  sides: ConflictSides;
}

/** "the resolution that calls for": the subject of the verb is a thing, not an actor. */
const RELATIVE_BEFORE = /\b[a-z]+\s+(that|which)\s+$/;
/** "banned by previous U.N. resolutions", "several earlier truces": a plural of past or many events is background, not an event. */
const BACKGROUND_PLURAL = new RegExp(`\\b(${lexicons.moods.background.join('|')})\\s+(?:[A-Z][\\w.]*\\s+|[a-z-]+\\s+){0,2}$`);
const PRESENT_PERFECT = /\b(has|have)\s+(?:[a-z]+ly\s+|now\s+|just\s+)?[a-z]+ed\b/;
const UNKNOWN_DATE: EventDate = { start: null, end: null, precision: 'unknown' };

/**
 * Inside a quotation the speaker's words are reported, not events; a few quoted words are only scare quotes. A sentence
 * whose first quote mark closes a quotation (a right curly quote, or a straight one after the quoted words' punctuation:
 * `…important," he told…`) opened inside the quotation: what follows that mark is narrative again.
 */
function isQuoted(sentence: string, offset: number): boolean {
  const marks = [...sentence.matchAll(/["“”]/g)].map((m) => m.index);
  const first = marks[0];
  const continued = first !== undefined && (sentence[first] === '”' || /[,.!?;:]$/.test(sentence.slice(0, first)));
  const before = marks.filter((i) => i < offset);
  if ((before.length + Number(continued)) % 2 === 0) return false;
  const open = before.at(-1) ?? 0;
  const close = sentence.slice(offset).search(/["“”]/);
  const length = close < 0 ? sentence.length - open : offset + close - open;
  return length > 40;
}

/** ", which": where splitClauses cuts a sentence, just before the clause it opens. */
const WHICH_BEFORE = /,\s+which\s+$/;

/** "Putin, who met Erdogan last month, …", "… over Russia, which routed Georgian forces": the subject of a relative clause is the actor named right before it. */
function antecedentOf(clauseText: string, clauseStart: number, sentence: Mention[], text: string): Mention | undefined {
  const cut = WHICH_BEFORE.exec(text.slice(Math.max(0, clauseStart - 12), clauseStart));
  const opens = cut ? clauseStart - cut[0].length : /^\s*(who|which)\b/.test(clauseText) ? clauseStart : -1;
  if (opens < 0) return undefined;
  return sentence.filter((m) => m.end <= opens && /^\s*,?\s*$/.test(text.slice(m.end, opens))).at(-1);
}

/** A statement with a speaker and no addressee of its own may speak to the parties of an earlier event it names ("welcomed the accord"). */
function withAddressees(trigger: Trigger, participants: CandidateParticipant[], ctx: EventContext, earlier: CandidateEvent[], located: TriggerClause | null): CandidateParticipant[] {
  const speakers = participants.filter((p) => p.role === 'source');
  if (trigger.type !== 'statement' || !speakers.length || participants.some((p) => p.role === 'target')) return participants;
  return [...participants, ...addresseesOf(trigger, ctx.triggers, ctx.text, earlier, speakers, located, lexicons.speech)];
}

/** "The leaders: – condemned …; – called on X to …": an item of a list opened by a dash or bullet continues the sentence before the list. */
const LIST_ITEM = /^\s*[–—•·*-]\s/;

/** The speakers a subjectless statement verb in a list item borrows: those of the statements of the sentence that opens the list. */
function leadSpeakersOf(segment: Segment, segments: Segment[], speakers: Map<number, CandidateParticipant[]>): CandidateParticipant[] {
  if (!LIST_ITEM.test(segment.text)) return [];
  let at = segment.index - 1;
  while (at >= 0 && LIST_ITEM.test(segments[at]?.text ?? '')) at--;
  return speakers.get(at) ?? [];
}

/** A statement verb with no subject in the tree at all ("– demanded the release of …"), not one whose subject names no actor. */
const isSubjectless = (located: TriggerClause | null) => located !== null && located.head.pos.startsWith('VB') && !childrenOf(located.sentence, located.head, /^nsubj/).length;

/** The span an event noun lasted ("after four hours of talks"): up to its clause's date, else up to the day of the article's news, told by publication. */
function lastedUntil(before: string, found: EventDate | null, ctx: EventContext): EventDate | null {
  if (found?.end) return spanEndingAt(before, found.end);
  const span = spanEndingAt(before, ctx.news.day);
  return span && { ...span, end: ctx.published };
}

/** The trigger's events; `lead` are the speakers a subjectless list item borrows, `speakers` gathers its sentence's statement speakers for a list after it. */
function buildEvent(trigger: Trigger, segment: Segment, ctx: EventContext, earlier: CandidateEvent[], lead: CandidateParticipant[], speakers: CandidateParticipant[]): CandidateEvent[] {
  const offset = trigger.start - segment.start;
  const clause = splitClauses(segment.text).find((c) => c.start <= offset && offset < c.end) ?? { start: 0, end: segment.text.length, holes: [] };
  const clauseText = segment.text.slice(clause.start, clause.end);
  const located = locateTrigger(ctx.nlp, trigger);
  const mood = located ? readMood(located, lexicons.moods) : 'asserted';
  const implicit = findImplicitParties(ctx.nlp, segment, earlier, lexicons.parties, ctx.ties);
  // "Both sides hailed the deal": words for the parties of an earlier event speak like any actor.
  const parties = trigger.type === 'statement' && located ? readStatementParties(located, [...ctx.mentions, ...implicit], ctx.triggers, lexicons.speech) : null;
  // A negated, hypothetical, conditional or purposed act did not happen; an event its actors failed to bring about is still pending.
  const quoted = isQuoted(segment.text, offset) && !parties?.attributed;
  if ((quoted && trigger.type === 'statement') || (mood !== 'asserted' && (trigger.form === 'verb' || mood !== 'unfulfilled'))) return [];
  if (trigger.form === 'verb' && (RELATIVE_BEFORE.test(segment.text.slice(0, offset)))) return [];
  if (trigger.form === 'noun' && /s$/i.test(trigger.text) && BACKGROUND_PLURAL.test(segment.text.slice(0, offset))) return [];
  // "a resolution endorsing the accord": a participle after an event noun says what that event does, not what an actor did.
  if (trigger.form === 'verb' && /ing$/i.test(trigger.text) && ctx.triggers.some((t) => t.form === 'noun' && /^\s+$/.test(ctx.text.slice(t.end, trigger.start)))) return [];
  const inHole = (m: Mention) => clause.holes.some((h) => m.start >= segment.start + h.start && m.end <= segment.start + h.end);
  const inSentence = [...ctx.mentions.filter((m) => m.segment === segment.index), ...implicit].sort((a, b) => a.start - b.start);
  const antecedent = antecedentOf(segment.text.slice(clause.start, clause.end), segment.start + clause.start, inSentence, ctx.text);
  const inClause = inSentence.filter((m) => (m === antecedent || m.start >= segment.start + clause.start) && m.end <= segment.start + clause.end && !inHole(m));
  const roleStart = antecedent?.start ?? segment.start + clause.start;
  const roleContext = { text: ctx.text, clause: { start: roleStart, end: segment.start + clause.end }, ties: ctx.ties, triggers: ctx.triggers, sentence: inSentence, tree: located?.sentence };
  const roles = expandImplicitParties(assignRoles(trigger, inClause, roleContext), trigger.start, earlier, lexicons.parties, ctx.ties);
  const stated = withAddressees(trigger, parties ? expandImplicitParties(withStatementParties(roles, parties, ctx.ties), trigger.start, earlier, lexicons.parties, ctx.ties) : roles, ctx, earlier, located);
  const unspoken = trigger.type === 'statement' && !stated.some((p) => p.role === 'source') && isSubjectless(located);
  const named = withOtherSides(trigger.type, unspoken ? [...lead.filter((p) => !stated.some((q) => q.id === p.id)), ...stated] : stated, ctx.sides);
  const participants = named.length || trigger.form !== 'noun' ? inheritDefiniteTargets(trigger, named, ctx.text, earlier) : sidesOfLoneConflict(trigger.type, ctx.sides);
  if (trigger.type === 'statement') speakers.push(...participants.filter((p) => p.role === 'source'));
  if (!participants.length) return [];
  const directions = reciprocalDirections(trigger, participants, ctx.text, ctx.ties) ?? [participants];
  // A statement needs an addressee, or a speaker the tree names; one whose speaker goes unnamed ("the envoy urged X") is still aimed at X.
  if (trigger.type === 'statement' && !((participants.some((p) => p.role === 'source') && (parties?.spoken || directions.length > 1)) || participants.some((p) => p.role === 'target'))) return [];
  let status = located ? readStatus(located, trigger.type, lexicons.moods, mood) : 'occurred';
  // A quotation that announces an event ("the ministers will meet …", the TV said) is how a plan is reported; what else it tells is the speaker's account.
  if (quoted && status !== 'planned') return [];
  const direction = status === 'planned' ? 'future' : 'past';
  // "The EU has extended sanctions": an undated present perfect is news of the report, not of an earlier mention.
  const recent = PRESENT_PERFECT.test(segment.text.slice(clause.start, offset + trigger.text.length)) ? newsDate(trigger.type, ctx.news, ctx.published) : UNKNOWN_DATE;
  const dates = located ? datesOfEvent(located, ctx, direction) : [];
  const found = dates[0] ?? null;
  // "a week of talks" ended on the clause's day, or else between the day of the news and the report: it did not take place on one day alone.
  const lasted = trigger.form === 'noun' && status !== 'planned' ? lastedUntil(segment.text.slice(clause.start, offset), found, ctx) : null;
  const date = lasted ?? found ?? (status === 'occurred' ? recent : UNKNOWN_DATE);
  // An event dated after the report ("set Feb. 25 for resuming talks") can only be announced.
  if (date.start !== null && date.start > ctx.published) status = 'planned';
  if (located) status = lastingStatus(located, trigger.type, status, date, ctx.published, lexicons.moods);
  const place = findPlace(clauseText, segment.text, offset - clause.start);
  // "met on Monday and Wednesday" reports two meetings.
  const days = dates.length > 1 ? dates : [date];
  return directions.flatMap((each) => days.map((d) => ({ trigger, status, date: d, participants: each, place, evidence: { start: segment.start, end: segment.end } })));
}

/** Candidate events of every usable sentence. */
export function buildEvents(segments: Segment[], triggers: Trigger[], ctx: EventContext): CandidateEvent[] {
  const built: CandidateEvent[] = [];
  const speakers = new Map<number, CandidateParticipant[]>();
  for (const t of triggers) {
    const segment = segments[t.segment];
    if (!segment) continue;
    const found = speakers.get(segment.index) ?? [];
    speakers.set(segment.index, found);
    built.push(...buildEvent(t, segment, ctx, built, leadSpeakersOf(segment, segments, speakers), found));
  }
  return withMediators(built, findMediators(ctx.nlp, ctx.mentions, triggers, lexicons.mediation), ctx.ties);
}
