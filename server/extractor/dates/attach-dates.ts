/**
 * Stage 4: the dates an event's own words govern in the dependency tree, not the nearest date string:
 * "met on Friday", "talks on 9 May", "the deal signed on 4 June", "the talks took place Monday".
 * A date that hangs from another verb ("said Thursday that Russia attacked") or another noun
 * ("following the kidnapping last month") is that word's.
 */
import type { EventDate } from '../../contract/extraction.js';
import type { Trigger } from '../document-model.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf } from '../nlp/sentence-tree.js';
import type { TriggerClause } from '../events/read-mood.js';
import { findDateExpressions } from './resolve-dates.js';
import type { Direction, Found } from './resolve-periods.js';

export interface DateContext {
  text: string;
  published: string;
  /** The article's event words: a date hung from one of them is that event's. */
  triggers: Trigger[];
  /** The article's sentences, where a sentence's "the day before" counts from the last date of the one before it. */
  nlp?: NlpDocument;
}

/** The time the story has reached before a sentence: the date of the main clause of the sentence before it, not of a clause inside it. */
function storyTime(s: NlpSentence, ctx: DateContext): EventDate | null {
  const before = ctx.nlp?.sentences[s.index - 1];
  if (!before) return null;
  const found = findDateExpressions(ctx.text.slice(before.start, before.end), ctx.published, 'past');
  return placeDates(before, found, () => false).find(({ governor }) => governor?.rel === 'root')?.found.date ?? null;
}

/** Time nouns a date may hang from on its way to the event ("on the morning of 5 June", "on Sunday evening"): closed-class words, not a lexicon. */
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'dawn', 'noon', 'midnight', 'day', 'weekend', 'week', 'month', 'year', 'hour', 'time', 'date']);
/** Subordinators of a clause that happens at the time of the verb it hangs from ("committed in 2009 when it launched…"). */
const SAME_TIME = new Set(['when', 'as', 'while']);


interface Placed {
  found: Found;
  /** The date's own head token. */
  top: NlpToken | undefined;
  /** The word it hangs from, past time nouns and the dates it is coordinated with. */
  governor: NlpToken | undefined;
}

const within = (s: NlpSentence, t: NlpToken, f: Found) => t.start < s.start + f.end && t.end > s.start + f.index;

/**
 * "forces in Aleppo on Tuesday agreed", "Sunday's deadline was extended": a noun that names no event cannot happen on a day,
 * so a date the parser hung from a subject or object dates the word above; "of" keeps it there ("the Council of 22-23 June"),
 * and a noun after a preposition keeps its own ("before the July 28 election").
 */
function passesUp(s: NlpSentence, top: NlpToken, up: NlpToken, isEventWord: (t: NlpToken) => boolean): boolean {
  if (!up.pos.startsWith('NN') || isEventWord(up) || top.head !== up.index || !/^(nsubj|nsubj:pass|obj|nmod)$/.test(up.rel)) return false;
  return !childrenOf(s, top).some((c) => c.rel === 'case' && c.lemma.toLowerCase() === 'of');
}

/** "urged Turkey on Thursday to reopen the border": a date before the "to" of a complement sits in the clause of the verb above. */
function beforeItsTo(s: NlpSentence, top: NlpToken, up: NlpToken): boolean {
  const to = childrenOf(s, up).find((c) => c.rel === 'mark' && c.lemma.toLowerCase() === 'to');
  return /^(xcomp|advcl)$/.test(up.rel) && to !== undefined && top.index < to.index;
}

/** Each date expression with the word it hangs from ("on Monday and on Thursday": Thursday hangs, through Monday, from the verb). */
function placeDates(s: NlpSentence, found: Found[], isEventWord: (t: NlpToken) => boolean): Placed[] {
  return found.map((f) => {
    const inside = s.tokens.filter((t) => within(s, t, f));
    const top = inside.find((t) => !inside.some((o) => o.index === t.head));
    let up = top && headOf(s, top);
    while (up && (TIME_NOUNS.has(up.lemma.toLowerCase()) || found.some((o) => within(s, up!, o)) || passesUp(s, top!, up, isEventWord) || beforeItsTo(s, top!, up))) up = headOf(s, up);
    return { found: f, top, governor: up };
  });
}

/** Prepositions that set a noun as the frame of an act without saying when it was: "under the truce", "despite the sanctions". */
const TIMELESS_FRAMES = new Set(['under', 'despite', 'according', 'per', 'without']);
const isSetting = (s: NlpSentence, noun: NlpToken) => childrenOf(s, noun, /^case$/).some((c) => TIMELESS_FRAMES.has(c.lemma.toLowerCase()));

/** Whether a date hanging from `g` dates the event: its own word, the verb that acts on its noun, a participle describing it, or the verb its noun is the subject of. */
function datesEvent(s: NlpSentence, event: { head: NlpToken; predicate: NlpToken }, g: NlpToken): boolean {
  const { head, predicate } = event;
  if (g === head) return true;
  // "Under the deal, evacuations will begin on Wednesday": the verb's date is the act set in the frame, not the framing event's.
  if (g === predicate) return !isSetting(s, head);
  // "the talks set to open on Tuesday": the date of a complement of a participle that describes the event noun.
  let describing: NlpToken | undefined = g;
  while (describing?.rel === 'xcomp') describing = headOf(s, describing);
  // "the terms of peace accords signed in 2007": the parser may hang the participle from the noun whose "of" phrase the event is.
  const described = describing?.rel.startsWith('acl') ? headOf(s, describing) : undefined;
  if (described && (described === head || (head.rel === 'nmod' && headOf(s, head) === described && describing!.index > head.index))) return true;
  return /^nsubj/.test(head.rel) && headOf(s, head) === g;
}

/** "since late August, when fighters attacked police posts": a clause relative to a date happened at that date. */
function relativeToDate(s: NlpSentence, predicate: NlpToken, placed: Placed[]): Placed[] {
  let verb = predicate;
  for (let up = headOf(s, verb); verb.rel === 'conj' && up; up = headOf(s, verb)) verb = up;
  const on = verb.rel === 'acl:relcl' ? headOf(s, verb) : undefined;
  return on ? placed.filter(({ found }) => within(s, on, found)).map(({ found, ...rest }) => ({ ...rest, found: { ...found, date: found.point ?? found.date } })) : [];
}

/**
 * The verb whose time an undated done act shares: the verb it is coordinated with under one subject, the one a
 * "when" clause or a participle hangs from ("cut ties on Monday, accusing…"), or the one whose purpose it was
 * ("flew in on Thursday to press…"). A plan made on a day is not due on it, so a plan shares none.
 */
function sharedTimeVerb(s: NlpSentence, predicate: NlpToken, direction: Direction): NlpToken | undefined {
  const kids = childrenOf(s, predicate);
  const marks = kids.filter((c) => c.rel === 'mark').map((c) => c.lemma.toLowerCase());
  if (direction !== 'past') return undefined;
  if (predicate.rel === 'conj' && !kids.some((c) => /^nsubj/.test(c.rel))) return headOf(s, predicate);
  if (predicate.rel === 'advcl' && (marks.length === 0 || marks.some((m) => SAME_TIME.has(m) || m === 'to'))) return headOf(s, predicate);
  // The parser leaves some trailing participles unlabelled ("…, accusing Khartoum").
  if (predicate.rel === 'dep' && predicate.pos === 'VBG') return headOf(s, predicate);
  return predicate.rel === 'xcomp' ? headOf(s, predicate) : undefined;
}

/** "said on Tuesday that the shelling was a violation": the verb that reports the clause an event is told in. */
function reportingVerb(s: NlpSentence, clause: TriggerClause): NlpToken | undefined {
  const { head, chain } = clause;
  const subjectOf = /^nsubj/.test(head.rel) ? headOf(s, head) : undefined;
  const told = [...(subjectOf ? [subjectOf] : []), ...chain].find((v) => /^(ccomp|parataxis)$/.test(v.rel));
  return told && headOf(s, told);
}

/** "had agreed": an act told in the past perfect happened before the telling. */
function isPastPerfect(s: NlpSentence, clause: TriggerClause): boolean {
  const verbs = [clause.head, ...clause.chain, ...(/^nsubj/.test(clause.head.rel) ? [headOf(s, clause.head)] : [])];
  return verbs.some((v) => v && childrenOf(s, v).some((c) => c.rel === 'aux' && c.word.toLowerCase() === 'had'));
}

/**
 * The event's dates: the one nearest its word among those it governs, or each day of a coordinated list
 * ("met on Monday and on Thursday"); failing those, the date its relative clause hangs from, the date of the verb its clause shares its time with, or of the statement that tells it.
 */
export function datesOfEvent(clause: TriggerClause, ctx: DateContext, direction: Direction): EventDate[] {
  const { sentence: s, head, predicate } = clause;
  const isEventWord = (t: NlpToken) => t === head || ctx.triggers.some((x) => x.start <= t.start && t.end <= x.end);
  const placed = placeDates(s, findDateExpressions(ctx.text.slice(s.start, s.end), ctx.published, direction, () => storyTime(s, ctx)), isEventWord);
  const own = (event: { head: NlpToken; predicate: NlpToken }) => placed.filter(({ governor }) => governor && datesEvent(s, event, governor));
  let mine = own({ head, predicate });
  if (!mine.length) mine = relativeToDate(s, predicate, placed);
  const shared = mine.length ? undefined : sharedTimeVerb(s, predicate, direction);
  if (shared) mine = own({ head: shared, predicate: shared });
  // An undated act told in a dated statement happened by the day it was told.
  const teller = mine.length || direction !== 'past' || isPastPerfect(s, clause) ? undefined : reportingVerb(s, clause);
  if (teller) mine = own({ head: teller, predicate: teller });
  if (!mine.length) return [];
  // "met on Monday and on Thursday", "accords signed in 2007 and 2011": coordinated dates of one precision are as many events.
  const listed = mine.filter(({ found }) => found.date.precision === 'day' || found.date.precision === 'year');
  const days = listed.filter(({ found }) => found.date.precision === listed.find(({ top }) => top?.rel === 'conj')?.found.date.precision);
  if (days.length > 1 && days.some(({ top }) => top?.rel === 'conj')) return days.map(({ found }) => found.date);
  const at = head.start - s.start;
  const distance = ({ found }: Placed) => Math.min(Math.abs(found.index - at), Math.abs(found.end - at));
  return [[...mine].sort((a, b) => distance(a) - distance(b))[0]!.found.date];
}
