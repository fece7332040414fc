/**
 * Stage 7, continued: OPPOSES from the tree: "X fought Y", "X's war on Y", "X called for protests against Y", "X severed ties with Y",
 * "X broke away from Y", "X sought to topple Y", "X demanded Y's departure", "Y, designated a terrorist group by X".
 */
import type { CandidateRelation, Mention } from '../document-model.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf } from '../nlp/sentence-tree.js';
import { actorOfPhrase, actorsOfList, complementOf, nearestActorSubjects, nearestSubjects, subjectsOf } from './read-tree-actors.js';

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
const BY = new Set(['by']);
/** Verbs that label their object: "X is regarded by Y as a terrorist group", "Y designated X a terrorist organisation". */
const LABELLING_VERBS = new Set(['regard', 'designate', 'list', 'brand', 'label', 'consider', 'classify', 'blacklist', 'deem']);
const TERROR = /^terror(ist|ism)?$/i;

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

/** Whether a noun is called terrorist ("a terrorist group", "terrorists"). */
const isTerrorLabel = (s: NlpSentence, n: NlpToken) => n.pos.startsWith('NN') && (TERROR.test(n.lemma) || childrenOf(s, n, /^(amod|compound)$/).some((c) => TERROR.test(c.lemma)));

/**
 * "the PKK, regarded by the US as a terrorist group", "Chile designated the Sahel Front a terrorist organisation": who labels an actor
 * terrorist opposes it. The label may hang from the verb or, when the parser misplaces it, from the labelled name.
 */
function labellingPair(s: NlpSentence, verb: NlpToken, mentions: Mention[]): Pair | undefined {
  // "designated the Front a terrorist group": the parser makes the name the indirect object and the label the object.
  const labelled = /^acl/.test(verb.rel) ? headOf(s, verb) : childrenOf(s, verb, /^(obj|iobj|nsubj:pass)$/).find((c) => actorOfPhrase(s, c, mentions));
  const target = labelled ? actorOfPhrase(s, labelled, mentions) : undefined;
  if (!labelled || !target || ![...childrenOf(s, verb), ...childrenOf(s, labelled)].some((n) => isTerrorLabel(s, n))) return undefined;
  const agent = complementOf(s, verb, BY);
  const subjects = verb.rel === 'acl' ? [] : subjectsOf(s, verb).filter((x) => x.index !== labelled.index);
  const sources = [...(agent ? actorsOfList(s, agent, mentions) : []), ...subjects.flatMap((x) => actorsOfList(s, x, mentions))];
  return { sources, target, mutual: false };
}

function pairOf(s: NlpSentence, t: NlpToken, mentions: Mention[]): Pair | undefined {
  const lemma = t.lemma.toLowerCase();
  if (t.pos.startsWith('VB') && LABELLING_VERBS.has(lemma)) return labellingPair(s, t, mentions);
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
