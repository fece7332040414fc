/** Stage 7, continued: BACKS from the tree: "X's allies A and B", "A, a close ally of X", "A backs X", "A fights alongside X", "pro-X militias". */
import type { CandidateRelation, Mention } from '../document-model.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf } from '../nlp/sentence-tree.js';
import { actorOfPhrase, actorsOfList, complementOf, mentionAt, subjectsOf } from './read-tree-actors.js';
import { buildDemonymIndex } from '../mentions/build-alias-table.js';
import { lexicons } from '../lexicons/load-lexicons.js';

/** Nouns naming one who stands by another: the one stood by is their owner or "of" complement. */
const ALLY_NOUNS = new Set(['ally', 'supporter', 'backer', 'patron', 'sponsor', 'protector']);
/** Verbs whose subject backs their object, when the object is an actor ("Cuba backs Peru", not "backs the plan"). */
const BACKING_VERBS = new Set(['back', 'support', 'arm', 'fund', 'bankroll', 'defend']);
/** Verbs of fighting whose "alongside"/"beside" complement is the side fought for. */
const FIGHTING_VERBS = new Set(['fight', 'battle', 'serve', 'deploy']);
const OF = new Set(['of']);
const AGAINST = new Set(['against']);
/** Verbs of sending or forming a force, whose subject backs whom the force is sent "to support" ("X sent troops to back Y", "X leads a coalition to support Y"). */
const SENDING_VERBS = new Set(['send', 'deploy', 'dispatch', 'lead', 'head', 'form', 'build', 'assemble', 'join']);
const BESIDE = new Set(['alongside', 'beside']);

const isNegated = (s: NlpSentence, t: NlpToken) => childrenOf(s, t, /^(neg|advmod)$/).some((c) => /^(not|n't|never)$/i.test(c.word));

/**
 * The allies a noun names: those in apposition to it ("X's allies, A and B"), or the name it describes ("A, X's ally"), or its subject
 * ("A is X's ally"). A list right after the noun is its apposition however the parser hangs it ("X's supporters A and B to block it").
 */
function alliesOfNoun(s: NlpSentence, noun: NlpToken, mentions: Mention[]): Mention[] {
  const listed = childrenOf(s, noun, /^(appos|dep)$/).flatMap((c) => actorsOfList(s, c, mentions));
  if (listed.length) return listed;
  const next = s.tokens[noun.index + 1];
  const after = next?.word === ',' ? s.tokens[noun.index + 2] : next;
  if (after && mentionAt(mentions, after)) return actorsOfList(s, after, mentions);
  const head = headOf(s, noun);
  if (noun.rel === 'appos' && head) return actorsOfList(s, head, mentions);
  return subjectsOf(s, noun).flatMap((t) => actorsOfList(s, t, mentions));
}

/** The subject and the actor object of a verb of sending that a backing verb states the purpose of ("X sent Y's troops to support Z": X and Y). */
function sendersOf(s: NlpSentence, verb: NlpToken, mentions: Mention[]): Mention[] {
  const sender = headOf(s, verb);
  if (!sender || !/^(xcomp|advcl)/.test(verb.rel) || !SENDING_VERBS.has(sender.lemma.toLowerCase())) return [];
  const sent = childrenOf(s, sender, /^obj$/).flatMap((o) => actorOfPhrase(s, o, mentions) ?? []);
  return [...subjectsOf(s, sender).flatMap((x) => actorsOfList(s, x, mentions)), ...sent];
}

function relationsOfSentence(s: NlpSentence, mentions: Mention[]): CandidateRelation[] {
  const evidence = { start: s.start, end: s.end };
  // A person backing is their state or body backing, which their title tie already says.
  const backs = (backers: Mention[], backed: Mention | undefined) =>
    backed ? backers.filter((b) => b.entity.id !== backed.entity.id && b.entity.kind !== 'person').map((b) => ({ source: b.entity.id, type: 'BACKS' as const, target: backed.entity.id, evidence })) : [];
  return s.tokens.flatMap((t) => {
    const lemma = t.lemma.toLowerCase();
    if (ALLY_NOUNS.has(lemma) && t.pos.startsWith('NN')) {
      const owner = childrenOf(s, t, /^nmod:poss$/)[0] ?? complementOf(s, t, OF);
      const backed = owner ? actorOfPhrase(s, owner, mentions) : undefined;
      return backed ? backs(alliesOfNoun(s, t, mentions), backed) : [];
    }
    if (!t.pos.startsWith('VB') || isNegated(s, t)) return [];
    if (BACKING_VERBS.has(lemma)) {
      const object = childrenOf(s, t, /^obj$/)[0];
      const backed = mentionAt(mentions, object);
      if (!backed || !object) return [];
      const backers = [...subjectsOf(s, t).flatMap((x) => actorsOfList(s, x, mentions)), ...sendersOf(s, t, mentions)];
      // "to support the government against the rebels": the backers stand against the rebels.
      const against = complementOf(s, t, AGAINST) ?? complementOf(s, object, AGAINST);
      const opposed = against ? actorOfPhrase(s, against, mentions) : undefined;
      const opposing = opposed ? backers.filter((b) => b.entity.kind !== 'person' && b.entity.id !== opposed.entity.id).map((b) => ({ source: b.entity.id, type: 'OPPOSES' as const, target: opposed.entity.id, evidence })) : [];
      return [...backs(backers, backed), ...opposing];
    }
    if (FIGHTING_VERBS.has(lemma)) {
      const beside = complementOf(s, t, BESIDE);
      const backed = beside ? actorOfPhrase(s, beside, mentions) : undefined;
      return backed ? backs(subjectsOf(s, t).flatMap((x) => actorsOfList(s, x, mentions)), backed) : [];
    }
    return [];
  });
}

const demonyms = buildDemonymIndex(lexicons);
/** "pro-Russian": a state's demonym after "pro-". */
const PRO = /^[Pp]ro[-‑](\p{Lu}[\p{L}]*)$/u;

/** "pro-Russian separatists": the state of the demonym after "pro-" backs the actor the word belongs to or modifies, if the article names that state. */
function proRelations(s: NlpSentence, mentions: Mention[], named: Set<string>): CandidateRelation[] {
  return s.tokens.flatMap((t) => {
    const demonym = PRO.exec(t.word)?.[1];
    const state = demonym ? demonyms.get(demonym)?.state : undefined;
    const backed = mentionAt(mentions, t) ?? mentionAt(mentions, headOf(s, t));
    if (!state || !backed || backed.entity.id === state.id || !named.has(state.id)) return [];
    return [{ source: state.id, type: 'BACKS' as const, target: backed.entity.id, evidence: { start: s.start, end: s.end } }];
  });
}

/** Backing the tree states through ally nouns, backing verbs with an actor object, fighting alongside, and "pro-" demonyms. */
export function findAllianceRelations(nlp: NlpDocument, mentions: Mention[]): CandidateRelation[] {
  const named = new Set(mentions.filter((m) => !m.setting).map((m) => m.entity.id));
  return nlp.sentences.flatMap((s) => {
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    return [...relationsOfSentence(s, inside), ...proRelations(s, inside, named)];
  });
}
