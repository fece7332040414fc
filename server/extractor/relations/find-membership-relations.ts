/**
 * Stage 7, continued: MEMBER_OF from the tree: "X, a member of Y", "X is part of Y", "X joined Y", "the Y countries, A, B and C",
 * "the Y talks involving A and B", "Y, which includes A and B".
 */
import type { CandidateRelation, Mention } from '../document-model.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf } from '../nlp/sentence-tree.js';
import { actorOfPhrase, actorsOfList, complementOf, mentionAt, nearestSubjects } from './read-tree-actors.js';

/** Nouns that make their "of" complement the body the noun's owner belongs to. */
const MEMBERSHIP_NOUNS = new Set(['member', 'part']);
/** Verbs whose object is the body their subject now belongs to. */
const JOINING_VERBS = new Set(['join', 'rejoin']);
/** Verbs whose subject, or the noun they modify, is a body and whose object lists its members. */
const INCLUDING_VERBS = new Set(['include', 'involve', 'comprise', 'unite']);
const OF = new Set(['of']);
/** Plural nouns that, named after a body ("the Quad countries", "the G7 members"), stand for its member states. */
const MEMBER_STATE_NOUNS = new Set(['country', 'state', 'nation', 'member', 'government']);

/** Bodies one can belong to: an organisation, a coalition or an armed movement, never a state or a person. */
const isBody = (m: Mention | undefined): m is Mention => m !== undefined && (m.entity.kind === 'organization' || m.entity.kind === 'armed_group');

/** Who the membership noun is said of: the name it stands in apposition to, else the subject of its predicate. */
function membersOfNoun(sentence: NlpSentence, noun: NlpToken, mentions: Mention[]): Mention[] {
  const head = headOf(sentence, noun);
  if (noun.rel === 'appos' && head) return actorsOfList(sentence, head, mentions);
  return nearestSubjects(sentence, noun).flatMap((s) => actorsOfList(sentence, s, mentions));
}

type Membership = { body: Mention | undefined; members: Mention[] };
const NONE: Membership = { body: undefined, members: [] };

/**
 * "the Arctic Council countries, Norway, Iceland and Denmark": the states listed right after the comma behind a plural noun
 * that a body names are its members, however the parser hangs the list (apposition, or conjuncts of the noun).
 */
function listedMembers(sentence: NlpSentence, noun: NlpToken, mentions: Mention[]): Membership {
  const body = childrenOf(sentence, noun, /^(compound|amod|nmod:poss)$/).flatMap((c) => mentionAt(mentions, c) ?? [])[0];
  const comma = sentence.tokens[noun.index + 1];
  if (!isBody(body) || noun.pos !== 'NNS' || comma?.word !== ',') return NONE;
  const listed = childrenOf(sentence, noun, /^(appos|conj)$/).filter((c) => c.index > noun.index);
  const states = listed.flatMap((c) => actorsOfList(sentence, c, mentions)).filter((m) => m.entity.kind === 'state');
  // One name after the comma may be an addition ("the EU members, and Norway"); a list is the members.
  return { body, members: states.length >= 2 ? states : [] };
}

/** Every token below `top`. */
function subtreeOf(sentence: NlpSentence, top: NlpToken): NlpToken[] {
  return [top, ...childrenOf(sentence, top).flatMap((c) => subtreeOf(sentence, c))];
}

/**
 * "the Pacific format talks involving Chile, Peru and Bolivia", "the Quartet, which comprises A and B", "the bloc includes A":
 * the actors named anywhere below the verb are members of the body it is said of (the parser scatters long lists).
 */
function includedMembers(sentence: NlpSentence, verb: NlpToken, mentions: Mention[]): Membership {
  const modified = /^acl/.test(verb.rel) ? headOf(sentence, verb) : childrenOf(sentence, verb, /^nsubj$/)[0];
  const body = modified ? (mentionAt(mentions, modified) ?? childrenOf(sentence, modified, /^compound$/).flatMap((c) => mentionAt(mentions, c) ?? [])[0]) : undefined;
  if (!isBody(body)) return NONE;
  const below = childrenOf(sentence, verb).filter((c) => !/^(nsubj|mark|punct)/.test(c.rel)).flatMap((c) => subtreeOf(sentence, c));
  const members = below.flatMap((t) => mentionAt(mentions, t) ?? []).filter((m) => m.entity.kind !== 'person');
  return { body, members: members.filter((m, i) => members.findIndex((o) => o.entity.id === m.entity.id) === i) };
}

/** The membership a token states, by the first pattern it fits: a noun standing for listed members, "member of", "joined". */
function membershipAt(sentence: NlpSentence, t: NlpToken, mentions: Mention[]): Membership {
  const lemma = t.lemma.toLowerCase();
  const listed = MEMBER_STATE_NOUNS.has(lemma) ? listedMembers(sentence, t, mentions) : NONE;
  if (listed.members.length) return listed;
  if (MEMBERSHIP_NOUNS.has(lemma) && t.pos.startsWith('NN')) {
    const of = complementOf(sentence, t, OF);
    const body = of ? actorOfPhrase(sentence, of, mentions) : undefined;
    return { body, members: isBody(body) ? membersOfNoun(sentence, t, mentions) : [] };
  }
  if (INCLUDING_VERBS.has(lemma) && t.pos.startsWith('VB')) return includedMembers(sentence, t, mentions);
  if (JOINING_VERBS.has(lemma) && t.pos.startsWith('VB')) {
    const object = sentence.tokens.find((o) => o.head === t.index && o.rel === 'obj');
    const body = object ? (mentionAt(mentions, object) ?? actorOfPhrase(sentence, object, mentions)) : undefined;
    return { body, members: isBody(body) ? nearestSubjects(sentence, t).flatMap((s) => actorsOfList(sentence, s, mentions)) : [] };
  }
  return NONE;
}

function relationsOfSentence(sentence: NlpSentence, mentions: Mention[]): CandidateRelation[] {
  const evidence = { start: sentence.start, end: sentence.end };
  return sentence.tokens.flatMap((t) => {
    const { body, members } = membershipAt(sentence, t, mentions);
    return body ? members.filter((m) => m.entity.id !== body.entity.id).map((m) => ({ source: m.entity.id, type: 'MEMBER_OF' as const, target: body.entity.id, evidence })) : [];
  });
}

/** The nouns that make a body named after another one of its missions ("the UN Support Mission in Libya", "the African Union force"). */
const MISSION = /\b(mission|force|peacekeepers|peacekeeping operation)\b/i;

/** "the UN Support Mission in Libya": a mission or force whose name begins with another body's name belongs to that body. */
export function findMissionParents(mentions: Mention[]): CandidateRelation[] {
  const bodies = mentions.filter((m) => isBody(m) && !m.setting);
  return bodies.flatMap((mission) => {
    if (!MISSION.test(mission.entity.name)) return [];
    const parent = bodies.find((b) => b.entity.id !== mission.entity.id && b.entity.kind === 'organization' && mission.entity.name.startsWith(`${b.text} `));
    return parent ? [{ source: mission.entity.id, type: 'MEMBER_OF' as const, target: parent.entity.id, evidence: { start: mission.start, end: mission.end } }] : [];
  });
}

/** Memberships the tree states: an apposition or predicate "member of"/"part of" a body, a subject that joined it, states listed as a body's countries or as included in it. */
export function findMembershipRelations(nlp: NlpDocument, mentions: Mention[]): CandidateRelation[] {
  return nlp.sentences.flatMap((s) => relationsOfSentence(s, mentions));
}
