/**
 * Stage 3a: trigger words that name no event of their own, read from the dependency tree: a piece of a
 * name ("the Peace Council"), a participle used as an adjective ("the Austrian-brokered deal", "the
 * besieged town"), a verb whose object or subject is the event noun that carries the event ("brokered
 * the deal", "the talks were mediated by…", "the war has killed…") and a meeting that is only where
 * someone spoke ("said at a meeting"), a statement that is only what another one asks for or charges
 * ("urged X to condemn", "accused X of backing") and a word whose object gives it another sense ("seize the
 * opportunity", "released a statement", "pulled out its ambassador", "withdrew from the deal") or that only counts a conflict's toll ("a war that has killed"),
 * and a present-tense clause that tells where an actor stands ("the coalition, which backs the president").
 */
import { lexicons } from '../lexicons/load-lexicons.js';
import type { TokenTree } from '../nlp/token-tree.js';

/** A matched trigger phrase: the token that carries its part of speech, its form and its type. */
export interface TriggerMatch {
  anchor: number;
  /** Every token of the matched phrase ("held … fire"). */
  covered: number[];
  form: 'noun' | 'verb';
  type: string;
}

/** Verbs that report speech, whose setting ("at a meeting") is where the words were said rather than an event. */
const SPEECH = new Set(['say', 'tell', 'speak', 'announce', 'add', 'declare', 'state', 'note', 'remark']);
/** Travels that are events of their own wherever someone speaks during them: "told reporters during a visit to Chile". */
const TRAVELS = new Set(['visit', 'trip', 'tour']);
/** Prepositions that set a scene: "at the summit", "during talks". */
const SETTING = new Set(['at', 'during']);
/** Prepositions that put what a statement charges after it: "accused X of backing", "blamed X for attacking". */
const CHARGE = new Set(['of', 'for']);
/** Verbs whose subject brings an event about for others (a mediator): "brokered the deal", "will host negotiations", "summoned them for talks". */
const BROKERING = new Set(['broker', 'mediate', 'sponsor', 'host', 'chair', 'convene', 'organise', 'organize', 'facilitate', 'summon']);
/** Prepositions by which a brokering verb names the event it brings parties to: "convened them for talks", "summoned them to talks". */
const CONVENED_TO = new Set(['for', 'to']);

/** A word inside a name: "the Trade Negotiations Committee" (a compound of a named head). */
function isName(tree: TokenTree, m: TriggerMatch): boolean {
  const token = tree.tokens[m.anchor];
  const head = tree.tokens[tree.headOf(m.anchor)];
  return token !== undefined && token.ner !== 'O' && token.rel === 'compound' && head !== undefined && head.ner !== 'O';
}

/** A participle before its noun: "the Austrian-brokered deal", "a negotiated solution", "attacking forces"; a gerund only right before a common noun. */
function isAdjective(tree: TokenTree, m: TriggerMatch): boolean {
  const token = tree.tokens[m.anchor];
  const head = tree.headOf(m.anchor);
  if (m.form !== 'verb' || token?.rel !== 'amod' || head < m.anchor) return false;
  return token.pos === 'VBN' || (head === m.anchor + 1 && !tree.tokens[head]?.pos.startsWith('NNP'));
}

/**
 * A verb that only says what became of an event a noun names: a clause on the noun ("the talks, which were
 * mediated by…", "attacks that killed…"), a verb whose object or passive subject is an event noun ("signed an
 * agreement", "brokered the deal", "struck a deal", "the deal was struck"), or whose subject is a noun of its
 * own type ("the war has killed…").
 */
function isCarriedByNoun(tree: TokenTree, m: TriggerMatch, nouns: Map<number, string>): boolean {
  if (m.form !== 'verb' || m.type === 'statement') return false;
  const rel = tree.tokens[m.anchor]?.rel ?? '';
  if ((rel === 'acl:relcl' || rel === 'acl') && nouns.has(tree.headOf(m.anchor))) return true;
  // Negotiating names talks of its own ("negotiated a truce"); other verbs only bring their object about.
  const negotiating = m.type === 'talks' && !BROKERING.has(tree.tokens[m.anchor]?.lemma.toLowerCase() ?? '');
  const carriesObject = (c: number) => nouns.has(c) && (!negotiating || nouns.get(c) === m.type);
  const carriesSubject = (c: number) => nouns.get(c) === m.type;
  if (brokersEventNoun(tree, m, nouns)) return true;
  return tree.childrenOf(m.anchor, ['obj', 'nsubj:pass']).some(carriesObject) || tree.childrenOf(m.anchor, ['nsubj']).some((c) => tree.tokens[c]?.rel === 'nsubj' && carriesSubject(c));
}

/** "were summoned to Lima for talks", "convened the parties for negotiations": a brokering verb whose "for" or "to" phrase is an event noun only brings that event about. */
function brokersEventNoun(tree: TokenTree, m: TriggerMatch, nouns: Map<number, string>): boolean {
  if (!BROKERING.has(lemmaAt(tree, m.anchor))) return false;
  return tree.childrenOf(m.anchor, ['obl']).some((c) => nouns.has(c) && tree.childrenOf(c, ['case']).some((k) => CONVENED_TO.has(lemmaAt(tree, k))));
}

function isSpeechVerb(tree: TokenTree, position: number): boolean {
  const token = tree.tokens[position];
  return token !== undefined && (SPEECH.has(token.lemma.toLowerCase()) || tree.childrenOf(position, ['ccomp']).length > 0);
}

/** "told reporters at a meeting in Lisbon": the meeting is where the statement was made. */
function isSetting(tree: TokenTree, m: TriggerMatch): boolean {
  if (m.form !== 'noun' || !tree.tokens[m.anchor]?.rel.startsWith('obl') || TRAVELS.has(lemmaAt(tree, m.anchor))) return false;
  const head = tree.headOf(m.anchor);
  const cased = tree.childrenOf(m.anchor, ['case']).some((c) => SETTING.has(tree.tokens[c]?.lemma.toLowerCase() ?? ''));
  return cased && head >= 0 && isSpeechVerb(tree, head);
}

const lemmaAt = (tree: TokenTree, position: number) => tree.tokens[position]?.lemma.toLowerCase() ?? '';

/**
 * "urged Chad to condemn the raid", "demanded that Chad apologise", "accused Chad of backing the rebels": a statement verb
 * in the complement of another statement verb is what that one asks for or charges, not a statement anyone made.
 */
function isContentOfStatement(tree: TokenTree, m: TriggerMatch, statements: Set<number>): boolean {
  if (m.type !== 'statement' || m.form !== 'verb') return false;
  const rel = tree.tokens[m.anchor]?.rel ?? '';
  const charged = tree.childrenOf(m.anchor, ['mark', 'case']).some((c) => CHARGE.has(lemmaAt(tree, c)));
  const complement = rel === 'xcomp' || rel === 'ccomp' || ((rel === 'advcl' || rel === 'acl') && charged);
  return complement && statements.has(tree.headOf(m.anchor));
}

/** What a trigger acts on: a verb's object or passive subject, a noun's "of" phrase. */
function objectsOf(tree: TokenTree, m: TriggerMatch): number[] {
  const token = tree.tokens[m.anchor];
  if (m.form === 'noun') return tree.childrenOf(m.anchor, ['nmod']).filter((c) => tree.childrenOf(c, ['case']).some((k) => lemmaAt(tree, k) === 'of'));
  // "a statement released by…", "the chance which they should seize": the noun the clause qualifies is its object.
  const relative = token?.rel === 'acl:relcl' && tree.childrenOf(m.anchor, ['obj']).some((c) => tree.tokens[c]?.pos.startsWith('W'));
  const qualified = (token?.rel === 'acl' && token.pos === 'VBN') || relative ? [tree.headOf(m.anchor)] : [];
  return [...tree.childrenOf(m.anchor, ['obj', 'nsubj:pass']), ...qualified].filter((c) => c >= 0);
}

/** "seize the opportunity", "released a statement": an object that gives the trigger word a sense that names no event. */
function hasOtherSense(tree: TokenTree, m: TriggerMatch): boolean {
  const others = lexicons.senses.otherObjects[lemmaAt(tree, m.anchor)];
  return others !== undefined && objectsOf(tree, m).some((c) => others.includes(lemmaAt(tree, c)));
}

/** "pulled out its ambassador": a ceasefire word that pulls back something other than forces or a named party. */
function withdrawsNoForces(tree: TokenTree, m: TriggerMatch): boolean {
  if (m.type !== 'ceasefire') return false;
  const military = (c: number) => tree.tokens[c]?.ner !== 'O' || lexicons.senses.forces.includes(lemmaAt(tree, c)) || tree.childrenOf(c, ['compound']).some(military);
  // "held fire", "suspended attacks": an object inside the phrase is the phrase's own word, not what is pulled back.
  const objects = objectsOf(tree, m).filter((c) => tree.tokens[c]?.pos.startsWith('NN') && !m.covered.includes(c));
  return objects.length > 0 && !objects.some(military);
}

/** Prepositions by which a withdrawal names what is left: "withdrew from the deal", "pulled the country out of the accord". */
const LEFT = new Set(['from', 'of']);

/** "withdrew from the grain deal", "pulled the country out of the accord": leaving an accord or a process, not pulling back forces; leaving a battle still is. */
function leavesEvent(tree: TokenTree, m: TriggerMatch, nouns: Map<number, string>): boolean {
  if (m.type !== 'ceasefire' || m.form !== 'verb') return false;
  const left = (c: number) => nouns.has(c) && nouns.get(c) !== 'offensive' && tree.childrenOf(c, ['case']).some((k) => LEFT.has(lemmaAt(tree, k)));
  return tree.childrenOf(m.anchor, ['obl']).some(left);
}

/** "a civil war that has killed 50,000", "the conflict has displaced millions": a verb that only counts the toll of a lasting conflict. */
function isTollOfConflict(tree: TokenTree, m: TriggerMatch): boolean {
  if (m.type !== 'offensive' || m.form !== 'verb') return false;
  const rel = tree.tokens[m.anchor]?.rel ?? '';
  const described = rel === 'acl:relcl' || rel === 'acl' ? [tree.headOf(m.anchor)] : [];
  return [...tree.childrenOf(m.anchor, ['nsubj']), ...described].some((c) => lexicons.senses.conflicts.includes(lemmaAt(tree, c)));
}

/** "the coalition, which backs the president", "Moscow, which supports the rebels": a present-tense clause on an actor tells a standing position, not an act. */
function isStandingStance(tree: TokenTree, m: TriggerMatch): boolean {
  const token = tree.tokens[m.anchor];
  const actor = tree.tokens[tree.headOf(m.anchor)];
  if (m.type !== 'statement' || m.form !== 'verb' || token?.rel !== 'acl:relcl' || !/^VB[ZP]$/.test(token.pos) || tree.childrenOf(m.anchor, ['aux']).length > 0) return false;
  return actor?.pos.startsWith('NN') ?? false;
}

/** "Kremlin talk of a truce": a noun that names the event only in the plural ("talks"), in the singular. */
function isSingularOfPlural(tree: TokenTree, m: TriggerMatch): boolean {
  const token = tree.tokens[m.anchor];
  return m.form === 'noun' && token?.pos === 'NN' && lexicons.senses.pluralOnly.includes(lemmaAt(tree, m.anchor));
}

/** The matches that name an event of their own. */
export function keepEventTriggers<T extends TriggerMatch>(matches: T[], tree: TokenTree): T[] {
  const nouns = new Map(matches.filter((m) => m.form === 'noun').map((m) => [m.anchor, m.type]));
  const statements = new Set(matches.filter((m) => m.type === 'statement' && m.form === 'verb').map((m) => m.anchor));
  return matches.filter(
    (m) => !isName(tree, m) && !isAdjective(tree, m) && !isCarriedByNoun(tree, m, nouns) && !isSetting(tree, m) && !isContentOfStatement(tree, m, statements) && !hasOtherSense(tree, m) && !withdrawsNoForces(tree, m) && !leavesEvent(tree, m, nouns) && !isTollOfConflict(tree, m) && !isSingularOfPlural(tree, m) && !isStandingStance(tree, m),
  );
}
