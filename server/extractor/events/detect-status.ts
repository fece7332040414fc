/**
 * Whether an event is reported as done, going on, or announced for the future, read from the dependency tree
 * of its own words: the auxiliaries and complements of its own verb ("will meet", "are to meet", "plans to meet",
 * "continue to shell", "are holding talks"), the verb that acts on its noun ("urged a ceasefire", "will hold talks"),
 * the verb its noun is the subject of ("talks will resume", "the truce remains in place") and the noun's own
 * modifiers ("further talks", "talks set to open", "the ongoing offensive"). A "will" in another clause of the
 * sentence changes nothing.
 */
import type { EventDate, EventStatus, EventType } from '../../contract/extraction.js';
import type { Moods } from '../lexicons/load-lexicons.js';
import type { NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf } from '../nlp/sentence-tree.js';
import type { Mood, TriggerClause } from './read-mood.js';

const lemma = (t: NlpToken) => t.lemma.toLowerCase();
const isVerb = (t: NlpToken) => t.pos.startsWith('VB');
/** Units of a length of time ("for months", "for two years"): a perfect that lasts one goes on. */
const DURATION_UNITS = new Set(['day', 'week', 'month', 'year', 'decade', 'hour']);

/** The auxiliaries of a future still ahead of the report, unlike "would" and "should", which report speech. */
const SPEECH_FUTURE = new Set(['will', 'shall']);
/** Prepositions that set a noun as the frame of another act ("under the deal", "after the talks"), not what the act brings about. */
const SETTING_CASES = new Set(['under', 'after', 'before', 'despite', 'following', 'amid', 'since', 'during', 'until', 'without', 'according', 'per', 'as', 'like', 'than']);

/** The verbs whose time is the event's: the verb, then those it complements up to the clause a reporting verb governs ("said talks would resume": not "said"). */
function ownChain(chain: NlpToken[]): NlpToken[] {
  const own: NlpToken[] = [];
  for (const v of chain) {
    own.push(v);
    if (v.rel === 'ccomp' || v.rel === 'parataxis') break;
  }
  return own;
}

/** "has shelled the town since May", "has been encircled for months": a perfect that runs from a point or for a length of time. */
function lastsUntilNow(s: NlpSentence, v: NlpToken, auxiliaries: NlpToken[]): boolean {
  if (!auxiliaries.some((a) => lemma(a) === 'have')) return false;
  return childrenOf(s, v, /^obl/).some((o) => {
    const cases = childrenOf(s, o, /^case$/).map(lemma);
    // "for months" has lasted; "extended for four months" says how long it is to last.
    const counted = childrenOf(s, o, /^(nummod|det)$/).length > 0;
    return cases.includes('since') || (cases.includes('for') && DURATION_UNITS.has(lemma(o)) && !counted);
  });
}

/**
 * "called on the council to adopt measures", "demanded that Chad withdraw": a "to" clause or a bare subjunctive under a verb
 * of asking or planning is what is asked for, so that verb joins the chain.
 */
function withAskingVerb(s: NlpSentence, own: NlpToken[], moods: Moods): NlpToken[] {
  const top = own.at(-1);
  if (!top) return own;
  const purpose = top.rel === 'advcl' && childrenOf(s, top, /^mark$/).some((m) => lemma(m) === 'to');
  const subjunctive = top.rel === 'ccomp' && top.pos === 'VB' && childrenOf(s, top, /^aux/).length === 0 && childrenOf(s, top, /^nsubj/).length > 0;
  if (!purpose && !subjunctive) return own;
  const up = headOf(s, top);
  return up && moods.planning.includes(lemma(up)) ? [...own, up] : own;
}

/** What a verb's own auxiliaries and adverbs say of its time, or null when they say nothing ("met", "has agreed"). */
function verbStatus(s: NlpSentence, v: NlpToken, moods: Moods): EventStatus | null {
  const kids = childrenOf(s, v);
  const auxiliaries = kids.filter((c) => /^aux/.test(c.rel));
  // "should have met" looks back; "will meet", "would resume" look ahead.
  const perfect = auxiliaries.some((a) => lemma(a) === 'have');
  if (!perfect && auxiliaries.some((a) => moods.future.includes(lemma(a)))) return 'planned';
  // "the ministers are to meet", "talks to be held": "be" with a "to" infinitive.
  if (auxiliaries.some((a) => lemma(a) === 'be') && kids.some((c) => c.rel === 'mark' && lemma(c) === 'to')) return 'planned';
  // "Chad and Sudan to hold talks", "next step: all parties to meet": a headline's "to" with its own subject is its future.
  // "a deadline for the troops to withdraw" is no such future: the clause must stand as the sentence's own.
  const standing = v.rel === 'root' || v.rel === 'parataxis' || (v.rel === 'acl' && headOf(s, v)?.rel === 'root');
  const marks = kids.filter((c) => c.rel === 'mark').map(lemma);
  if (standing && marks.includes('to') && !marks.includes('for') && kids.some((c) => /^nsubj/.test(c.rel))) return 'planned';
  if (kids.some((c) => c.rel === 'advmod' && moods.ongoingAdverbs.includes(lemma(c)))) return 'ongoing';
  // "are holding talks", "was killing civilians", "is being discussed".
  if ((v.pos === 'VBG' && auxiliaries.some((a) => lemma(a) === 'be')) || auxiliaries.some((a) => a.word.toLowerCase() === 'being')) return 'ongoing';
  // "the town is besieged by militias": a present passive with its agent describes a state.
  const presentPassive = auxiliaries.some((a) => a.rel === 'aux:pass' && /^VB[ZP]$/.test(a.pos));
  if (presentPassive && childrenOf(s, v, /^obl/).some((o) => childrenOf(s, o, /^case$/).some((c) => lemma(c) === 'by'))) return 'ongoing';
  return lastsUntilNow(s, v, auxiliaries) ? 'ongoing' : null;
}

/** The status a chain of verbs gives: a continuing verb above ("continue to shell") says it goes on, a planning one ("plans to meet", "agreed to hold") or a future auxiliary that it is to come. */
function chainStatus(s: NlpSentence, chain: NlpToken[], moods: Moods): EventStatus | null {
  const above = chain.slice(1);
  if (above.some((v) => moods.continuing.includes(lemma(v)))) return 'ongoing';
  if (above.some((v) => moods.planning.includes(lemma(v)))) return 'planned';
  const own = chain.map((v) => verbStatus(s, v, moods));
  return own.find((x) => x === 'planned') ?? own[0] ?? null;
}

/** The verbs above a verb through its complements ("expected to resume": resume, expected). */
function complementChain(s: NlpSentence, v: NlpToken): NlpToken[] {
  const chain = [v];
  for (let at = v; at.rel === 'xcomp'; ) {
    const up = headOf(s, at);
    if (!up) break;
    chain.push(up);
    at = up;
  }
  return chain;
}

/** Whether a verb's own words put it ahead ("was expected to travel on Tuesday", "will meet on Friday"). */
export function isAhead(s: NlpSentence, verb: NlpToken, moods: Moods): boolean {
  return chainStatus(s, complementChain(s, verb), moods) === 'planned';
}

/**
 * "talks will resume", "the truce remains in place", "talks are under way": what is said of an event noun that is
 * the subject of its clause. A continuing verb or a state of being in force says it goes on.
 */
function subjectStatus(s: NlpSentence, head: NlpToken, moods: Moods): EventStatus | null {
  if (!/^nsubj/.test(head.rel)) return null;
  const verb = headOf(s, head);
  if (!verb) return null;
  const inForce = (t: NlpToken) => moods.inForce.includes(lemma(t)) && childrenOf(s, t, /^case$/).length > 0;
  if (moods.continuing.includes(lemma(verb))) return 'ongoing';
  // "the truce began at dawn", "the ceasefire took effect": an event that has started is in force, unless it is yet to start.
  const started = moods.starting.includes(lemma(verb)) || childrenOf(s, verb, /^obj$/).some((o) => moods.inEffect.includes(lemma(o)));
  // "should be in place within a month" is yet to come; "is in place", "are under way" go on.
  const said = isVerb(verb) || childrenOf(s, verb, /^(cop|aux)/).length ? chainStatus(s, complementChain(s, verb), moods) : null;
  if (said === 'planned') return said;
  return started || inForce(verb) || childrenOf(s, verb, /^obl$/).some(inForce) ? 'ongoing' : said;
}

/**
 * What an event noun's own modifiers say: "further talks", "the ongoing offensive", "talks set to open",
 * "talks to be held", "a truce proposed by the envoys", "a truce which will take effect".
 */
function modifierStatus(s: NlpSentence, head: NlpToken, moods: Moods): EventStatus | null {
  const kids = childrenOf(s, head);
  const said = (t: NlpToken) => [lemma(t), t.word.toLowerCase()];
  if (kids.some((c) => /^(amod|advmod)$/.test(c.rel) && said(c).some((w) => moods.prospective.includes(w)))) return 'planned';
  if (kids.some((c) => c.rel === 'amod' && said(c).some((w) => moods.ongoingModifiers.includes(w)))) return 'ongoing';
  // A relative clause ("a truce that will be monitored") speaks of what is done with the event, not of when it is.
  // "a truce to evacuate the city" says what it is for, "talks to be held" when they are.
  const toCome = (acl: NlpToken) => moods.planning.includes(lemma(acl)) || verbStatus(s, acl, moods) === 'planned';
  return kids.some((c) => c.rel === 'acl' && toCome(c)) ? 'planned' : null;
}

/** Whether the verb acting on an event noun only asks for it or threatens it: "urged a ceasefire", "called for talks". */
function isRequested(s: NlpSentence, head: NlpToken, predicate: NlpToken, moods: Moods): boolean {
  if (predicate === head || headOf(s, head) !== predicate) return false;
  const verb = lemma(predicate);
  const viaFor = head.rel === 'obl' && childrenOf(s, head, /^case$/).some((c) => lemma(c) === 'for');
  return (/^(obj|obl)$/.test(head.rel) && moods.requesting.includes(verb)) || (viaFor && moods.requestingFor.includes(verb));
}

/**
 * "will urge": a speech act still to be made. "said it would reject" reports one made (a past future is the telling's),
 * and "vowed to support" is itself the act of support.
 */
function isAnnounced(s: NlpSentence, chain: NlpToken[]): boolean {
  return chain.some((v) => childrenOf(s, v, /^aux$/).some((a) => SPEECH_FUTURE.has(lemma(a))));
}

/** The event's status: planned for announcements, requests and commitments, ongoing for what goes on, occurred otherwise. */
export function readStatus(clause: TriggerClause, type: EventType, moods: Moods, mood: Mood): EventStatus {
  const { sentence: s, head, predicate, chain } = clause;
  const own = withAskingVerb(s, ownChain(chain), moods);
  // "failed to agree on a truce": what its actors failed to bring about is still pending; "talks" in "failed to agree in talks" were held,
  // and a resolution they "failed to comply with" stands.
  const observed = !isVerb(head) && moods.observing.includes(lemma(predicate));
  if (mood === 'unfulfilled' && (isVerb(head) || headOf(s, head) === predicate) && !observed) return 'planned';
  // A statement is the speaking: what it says is to come ("said they would reject") is not its time.
  if (type === 'statement') return isVerb(head) && isAnnounced(s, own) ? 'planned' : 'occurred';
  if (isVerb(head)) return chainStatus(s, own, moods) ?? 'occurred';
  if (isRequested(s, head, predicate, moods)) return 'planned';
  // "agreed to hold talks": the verb acts on the noun itself; "agreed to link the length of the sanctions" plans no sanctions,
  // and "under the deal, evacuations will begin" no deal.
  const setting = childrenOf(s, head, /^case$/).some((c) => SETTING_CASES.has(lemma(c)));
  const governed = predicate !== head && headOf(s, head) === predicate && !setting ? chainStatus(s, own, moods) : null;
  // "its bombing campaign was still killing": a noun that only qualifies another shares its time,
  // unless that other asks for it or aims at it ("a truce call", "ceasefire efforts"): then it is yet to come.
  const noun = head.rel === 'compound' ? (headOf(s, head) ?? head) : head;
  if (noun !== head && moods.askingNouns.includes(lemma(noun))) return 'planned';
  return governed ?? subjectStatus(s, noun, moods) ?? modifierStatus(s, noun, moods) ?? 'occurred';
}

/**
 * "Russia's war on Ukraine", "a five-month-old revolt": a lasting conflict told as done but with no time of its own goes on;
 * one dated to a period over before the report ("a war three years ago") is over.
 */
export function lastingStatus(clause: TriggerClause, type: EventType, status: EventStatus, date: EventDate, published: string, moods: Moods): EventStatus {
  const { head } = clause;
  if (status !== 'occurred' || type !== 'offensive' || isVerb(head) || !moods.lasting.includes(lemma(head))) return status;
  return (date.end ?? date.start ?? published) >= published ? 'ongoing' : status;
}
