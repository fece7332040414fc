/**
 * "the government of Kenyan President Ali Omar", "President Ali Omar's administration": a leader named only as the owner
 * of a government names that government, so the party is the state the leader leads, not the leader in person.
 */
import type { Mention, TitleTie } from '../document-model.js';
import type { NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf, spanHead } from '../nlp/sentence-tree.js';

/** Nouns for the government a leader heads. */
const GOVERNMENT = new Set(['government', 'regime', 'administration', 'cabinet']);
/** "X's government", or "the government of X"; read on the basic tree, where "whose government" keeps its pronoun. */
function ownsGovernment(tree: NlpSentence, owner: NlpToken): boolean {
  const noun = headOf(tree, owner);
  const linked = owner.rel === 'nmod:poss' || (owner.rel === 'nmod' && childrenOf(tree, owner, /^case$/).some((c) => c.lemma.toLowerCase() === 'of'));
  return !!noun && linked && GOVERNMENT.has(noun.lemma.toLowerCase());
}

/** The mentions with each leader that only owns a government turned into the state it leads. */
export function readLeaderGovernments(mentions: Mention[], ties: Map<string, TitleTie>, tree: NlpSentence): Mention[] {
  return mentions.map((m) => {
    const tie = m.entity.kind === 'person' ? ties.get(m.entity.id) : undefined;
    const state = tie?.relation === 'LEADS' && tie.affiliation?.kind === 'state' ? tie.affiliation : undefined;
    const head = state ? spanHead(tree.tokens, m) : undefined;
    return state && head && ownsGovernment(tree, head) ? { ...m, entity: state, tie: undefined } : m;
  });
}
