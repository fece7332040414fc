/**
 * Stage 7, continued: OPPOSES from the tree: "X fought Y", "X's war on Y", "X called for protests against Y", "X severed ties with Y",
 * "X broke away from Y", "X sought to topple Y", "X demanded Y's departure".
 */
import type { CandidateRelation, Mention } from '../document-model.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf } from '../nlp/sentence-tree.js';
import { actorOfPhrase, actorsOfList, complementOf, nearestActorSubjects, nearestSubjects } from './read-tree-actors.js';

/** Verbs of fighting: subject and object fight each other. */
const FIGHTING_VERBS = new Set(['fight', 'combat', 'confront', 'battle', 'rout', 'crush', 'invade']);
/** Verbs of standing against without fighting, and of seeking to remove a ruler: the subject opposes the object. */
const OPPOSING_VERBS = new Set(['oppose', 'resist', 'oust', 'topple', 'overthrow', 'unseat', 'depose']);
/** Verbs of leaving a state: "X broke away from Y", "X seceded from Y": X opposes Y. */
const SECEDING_VERBS = new Set(['secede', 'break']);
/** Nouns of a ruler's removal: whoever seeks it opposes the one removed ("demanded the departure of X", "insisted on X's ouster"). */
const REMOVAL_NOUNS = new Set(['departure', 'removal', 'ouster', 'overthrow', 'toppling', 'resignation', 'downfall']);
const FROM = new Set(['from']);
/** Nouns of fighting between an owner and the one they are "against"/"on"/"with": both sides oppose each other. */
const WAR_NOUNS = new Set(['war', 'fight', 'fighting', 'battle', 'clash', 'conflict', 'hostility', 'confrontation', 'aggression', 'offensive']);
/** Nouns of standing against: their owner opposes the one they are against. */
const AGAINST_NOUNS = new Set(['campaign', 'struggle', 'crackdown', 'demonstration', 'protest', 'uprising', 'defence', 'defense', 'resistance']);
/** "severed ties with Y": the subject of the breaking opposes Y. */
const TIES = new Set(['tie', 'relation']);
const BREAKING = new Set(['cut', 'sever', 'severing', 'break', 'suspend']);
const AGAINST = new Set(['against', 'on', 'with']);
const WITH = new Set(['with']);
const OF = new Set(['of']);

type Pair = { sources: Mention[]; target: Mention | undefined; mutual: boolean };

/** Who owns a noun of fighting: its possessor or a name modifying it ("Russia's war", "the Saudi campaign"), else the subject of the predicate it depends on ("X launched a war on Y"), active or passive. */
function ownersOf(s: NlpSentence, noun: NlpToken, mentions: Mention[]): Mention[] {
  const modifier = childrenOf(s, noun, /^(nmod:poss|amod|compound)$/).flatMap((c) => actorOfPhrase(s, c, mentions) ?? []);
  if (modifier.length) return modifier;
  const governor = headOf(s, noun);
  if (!governor || !/^(obj|obl|nsubj)/.test(noun.rel)) return [];
  // "X's forces were seen after clashes with Y": a passive predicate's subject was in the fighting.
  const subjects = nearestSubjects(s, governor);
  return (subjects.length ? subjects : childrenOf(s, governor, /^nsubj:pass$/)).flatMap((t) => actorsOfList(s, t, mentions));
}

/** "X sent Y's force to fight Z": a purpose clause under a verb with an actor object is that actor's to carry out, not the subject's. */
function sendsActor(s: NlpSentence, verb: NlpToken, mentions: Mention[]): boolean {
  const governor = headOf(s, verb);
  return governor !== undefined && /^advcl/.test(verb.rel) && childrenOf(s, governor, /^obj$/).some((o) => actorOfPhrase(s, o, mentions) !== undefined);
}

function pairOf(s: NlpSentence, t: NlpToken, mentions: Mention[]): Pair | undefined {
  const lemma = t.lemma.toLowerCase();
  if (t.pos.startsWith('VB') && (FIGHTING_VERBS.has(lemma) || OPPOSING_VERBS.has(lemma))) {
    const object = childrenOf(s, t, /^obj$/)[0];
    const sources = sendsActor(s, t, mentions) ? [] : nearestSubjects(s, t).flatMap((x) => actorsOfList(s, x, mentions));
    return { sources, target: object ? actorOfPhrase(s, object, mentions) : undefined, mutual: FIGHTING_VERBS.has(lemma) };
  }
  if (t.pos.startsWith('VB') && SECEDING_VERBS.has(lemma)) {
    // "broke away from Y": "from" hangs from the verb or from "away"; "broke the deadlock" is no secession.
    const away = lemma === 'break' ? childrenOf(s, t, /^(advmod|compound:prt)$/).find((c) => c.lemma.toLowerCase() === 'away') : t;
    const from = away ? (complementOf(s, t, FROM) ?? complementOf(s, away, FROM)) : undefined;
    return { sources: nearestSubjects(s, t).flatMap((x) => actorsOfList(s, x, mentions)), target: from ? actorOfPhrase(s, from, mentions) : undefined, mutual: false };
  }
  if (t.pos.startsWith('NN') && REMOVAL_NOUNS.has(lemma)) {
    const removed = childrenOf(s, t, /^nmod:poss$/)[0] ?? complementOf(s, t, OF);
    const seeker = headOf(s, t);
    const sources = seeker ? nearestActorSubjects(s, seeker, mentions) : [];
    return { sources, target: removed ? actorOfPhrase(s, removed, mentions) : undefined, mutual: false };
  }
  if (t.pos.startsWith('NN') && (WAR_NOUNS.has(lemma) || AGAINST_NOUNS.has(lemma))) {
    const against = complementOf(s, t, AGAINST);
    return { sources: ownersOf(s, t, mentions), target: against ? actorOfPhrase(s, against, mentions) : undefined, mutual: WAR_NOUNS.has(lemma) };
  }
  if (t.pos.startsWith('NN') && TIES.has(lemma)) {
    const breaker = headOf(s, t);
    const other = complementOf(s, t, WITH);
    if (!breaker || !other || !BREAKING.has(breaker.lemma.toLowerCase())) return undefined;
    const sources = nearestSubjects(s, breaker.pos.startsWith('VB') ? breaker : (headOf(s, breaker) ?? breaker)).flatMap((x) => actorsOfList(s, x, mentions));
    return { sources, target: actorOfPhrase(s, other, mentions), mutual: false };
  }
  return undefined;
}

/** Opposition the tree states between named actors; fighting sets both sides against each other. */
export function findOppositionRelations(nlp: NlpDocument, mentions: Mention[]): CandidateRelation[] {
  return nlp.sentences.flatMap((s) => {
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const evidence = { start: s.start, end: s.end };
    return s.tokens.flatMap((t) => {
      const pair = pairOf(s, t, inside);
      // A person protests against a ruler; fighting is between states, bodies and groups (the person's side is theirs).
      if (!pair?.target || (pair.mutual && pair.target.entity.kind === 'person')) return [];
      const target = pair.target.entity.id;
      return pair.sources
        .filter((m) => m.entity.id !== target && !(pair.mutual && m.entity.kind === 'person'))
        .flatMap((m) => {
          const forward = { source: m.entity.id, type: 'OPPOSES' as const, target, evidence };
          return pair.mutual ? [forward, { source: target, type: 'OPPOSES' as const, target: m.entity.id, evidence }] : [forward];
        });
    });
  });
}
