/** The subjects of a clause: who speaks ("X said that…") and who governs an event noun through a support verb ("the EU extended sanctions"). */
import type { Mention, Trigger } from '../document-model.js';
import type { NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { enhancedChildrenOf } from '../nlp/sentence-tree.js';
import { actorsAt } from './read-statement-parties.js';

export interface Clause {
  start: number;
  end: number;
}

/** "said", "told reporters that": reported speech, whose speaker is not the subject of what follows. */
export const SPEECH = /\b(said|says|told|added|stated|announced)\b(\s+\w+){0,2}?\s+(that\s+)?/g;
/** Verbs that make an event noun their object: "the EU extended sanctions", "agreed on a deal". */
const SUPPORT_VERB = /\b(convene|convenes|convened|broker|brokers|brokered|mediate|mediates|mediated|agreed|agree|agrees|signed|signs|sign|reached|reach|imposed|impose|extended|extends|extend|approved|approve|adopted|adopt|voted|launched|launch|pressed|carried out|delivered|deliver|held|hold|began|resumed|announced|suspended|violated|renewed|proposed|implement|implemented|expand|established|establish|levy|lifted|lift|strengthened|introduced|joined|attended|allowed|accepted|continued|continue|ordered|orders|restored|restores|restore|reimposed|reimposes|reimpose|reinstated|tightened|eased|struck|strike|threatened|threatens|threaten|permit|permits|permitted|planned|plans|plan|planning|prepared|prepares|preparing|prepare|backed|backs)\b/g;

/** How far before its event noun a support verb may stand ("agreed on a long-awaited border deal"). */
const SUPPORT_REACH = 40;

/** Who convenes or brokers talks between others mediates them. */
export const MEDIATING_VERB = /^(convene|convenes|convened|broker|brokers|brokered|mediate|mediates|mediated)$/;

/** Actors named before the support verb that governs an event noun ("the EU extended sanctions"), after any "said that"; the verb too. */
export function governingSubjects(trigger: Trigger, mentions: Mention[], text: string, clause: Clause, triggers: Trigger[]): { verb: string; subjects: Mention[] } {
  const before = text.slice(clause.start, trigger.start);
  // "a Swiss-brokered deal", "the Russian-backed offensive": a participle joined to a name qualifies the noun; it is no verb of the clause.
  const verb = [...before.matchAll(SUPPORT_VERB)].filter((v) => !/[-‑]$/.test(before.slice(0, v.index))).at(-1);
  if (!verb || before.length - (verb.index ?? 0) > SUPPORT_REACH) return { verb: '', subjects: [] };
  const verbStart = clause.start + (verb.index ?? 0);
  // "will hold a meeting on the offensive": the verb governs the meeting; the offensive only qualifies it.
  const qualifies = /\b(on|about|over|of|for|against)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+)?$/.test(before);
  if (qualifies && triggers.some((t) => t !== trigger && t.start > verbStart && t.end <= trigger.start)) return { verb: '', subjects: [] };
  // "X pulled out of the deal with Iran and restored sanctions": a second verb's subject is the clause's, not the first verb's object.
  const shared = openingSubjects(verbStart, mentions, text, clause);
  if (shared) return { verb: verb[0].toLowerCase(), subjects: shared };
  const speech = [...text.slice(clause.start, verbStart).matchAll(SPEECH)].at(-1);
  // "Pompeo urged both sides to implement the agreement": after a statement verb, the one addressed does what follows.
  const addressed = triggers.filter((t) => t.type === 'statement' && t.start >= clause.start && t.end <= verbStart).at(-1);
  const from = Math.max(speech ? clause.start + (speech.index ?? 0) + speech[0].length : clause.start, addressed?.end ?? 0);
  return { verb: verb[0].toLowerCase(), subjects: mentions.filter((m) => m.start >= from && m.end <= verbStart) };
}

/** ", accusing", "and accused", "and was expected to travel": a verb that shares the subject of the clause's first verb. */
const SECOND_VERB_BEFORE = /(?:,|\band)\s+(?:(?:also|then|later|further|repeatedly|[a-z]+ly)\s+)?(?:(?:was|were|is|are|will|would|has|have|had|be|been|expected|set|due|to)\s+)*$/i;

/** Where the verb phrase of a verb at `at` that follows another in its clause begins (at its comma or "and"), or null. */
function coordinatedAt(at: number, text: string, clause: Clause): number | null {
  const m = SECOND_VERB_BEFORE.exec(text.slice(clause.start, at));
  return m ? clause.start + m.index : null;
}

/** Where the verb phrase of a trigger verb that follows another verb in its clause begins, or null. */
export function secondVerbStart(trigger: Trigger, text: string, clause: Clause): number | null {
  return trigger.form === 'verb' ? coordinatedAt(trigger.start, text, clause) : null;
}

/** Between two actors of one subject: a list word, an apposition comma, a possessive or up to three title words ("Syria's UN ambassador"). */
const SUBJECT_GAP = /^(?:['’]s)?\s*(?:,|and|, and)?\s*(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?$/;
const VERB_LIKE = /^(?:[a-z]+ed|[a-z]+s|the|a|an|of|to|with|on|in|at|for|by|from|who|which|that|has|have|had|is|are|was|were|will|would|said|told|met|cut|sent|made|held|took|gave)$/;

function isSubjectGap(gap: string): boolean {
  const words = gap.replace(/^['’]s/, '').split(/[\s,]+/).filter((w) => w && w !== 'and' && w.toLowerCase() !== 'the');
  return SUBJECT_GAP.test(gap) && words.every((w) => !VERB_LIKE.test(w) || /-/.test(w));
}

/**
 * The subject of a verb at `at` coordinated with an earlier one ("Chad cut ties with Sudan, accusing Khartoum…",
 * "X called the rebels terrorists and accused Turkey…"): the actors the clause opens with, not the first verb's objects.
 * Null when the verb is not such a verb, or when its clause names no other actor before it.
 */
function openingSubjects(at: number, mentions: Mention[], text: string, clause: Clause): Mention[] | null {
  if (coordinatedAt(at, text, clause) === null) return null;
  const before = mentions.filter((m) => m.end <= at);
  const group = before.slice(0, 1);
  for (const m of before.slice(1)) {
    if (!isSubjectGap(text.slice(group.at(-1)!.end, m.start))) break;
    group.push(m);
  }
  return group.length && group.length < before.length ? group : null;
}

/** The subject a trigger verb shares with the verb before it (see openingSubjects), or null. */
export function sharedSubjects(trigger: Trigger, mentions: Mention[], text: string, clause: Clause): Mention[] | null {
  return trigger.form === 'verb' ? openingSubjects(trigger.start, mentions, text, clause) : null;
}

/** In "X said that Y failed to comply", X speaks and Y is spoken of. */
export function splitAtSpeech(trigger: Trigger, mentions: Mention[], text: string, clause: Clause): { speakers: Mention[]; subjects: Mention[] } {
  const before = text.slice(clause.start, trigger.start);
  const speech = [...before.matchAll(SPEECH)].at(-1);
  const all = mentions.filter((m) => m.end <= trigger.start);
  if (!speech) return { speakers: all, subjects: [] };
  const cut = clause.start + (speech.index ?? 0);
  return { speakers: all.filter((m) => m.end <= cut), subjects: all.filter((m) => m.start > cut) };
}

/** Prepositions by which a meeting noun sets the time or purpose of another act ("during a visit to", "after talks with"). */
const SETTING = /^obl:(during|after|following|at|on|before|ahead_of)$/;
/** The noun's own other side: whom the visit goes to or the talks are held with. */
const COUNTERPART = /^nmod:(with|to)$/;

/**
 * "Erdogan spoke during a visit to the Netherlands", "X returned home after talks with Y": a meeting noun that names the
 * side met, set in another act of the sentence, was held by that act's subject with that side (read from the tree, which
 * also finds a side whose title hides it from word patterns: "after a meeting with Head of the X Mission Y").
 */
export function adverbialSubjects(s: NlpSentence, noun: NlpToken, mentions: Mention[]): Mention[] {
  const counterpart = enhancedChildrenOf(s, noun, COUNTERPART).length > 0;
  const verbs = s.edges.filter((e) => e.dependent === noun.index && SETTING.test(e.rel)).map((e) => e.head);
  if (!counterpart || !verbs.length) return [];
  const subjects = s.edges.filter((e) => verbs.includes(e.head) && e.rel === 'nsubj').map((e) => s.tokens[e.dependent] as NlpToken);
  const met = enhancedChildrenOf(s, noun, COUNTERPART);
  return [...subjects, ...(subjects.length ? met : [])].flatMap((t) => actorsAt(s, t, mentions, []));
}
