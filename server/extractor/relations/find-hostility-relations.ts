/** Stage 7, continued: "a truce between Peru and the rebels", "conflict erupted between X and Y": the two sides oppose each other. */
import type { CandidateRelation, Mention } from '../document-model.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf } from '../nlp/sentence-tree.js';

/** Lemmas of nouns that name a hostile state of affairs between two sides (a truce or armistice presupposes the war). */
const HOSTILITY = new Set(['war', 'conflict', 'fighting', 'fight', 'clash', 'hostility', 'tension', 'truce', 'ceasefire', 'armistice', 'dispute', 'rivalry', 'animosity', 'enmity', 'battle', 'feud', 'standoff', 'confrontation', 'struggle']);


/** The hostile noun that a "between" phrase belongs to: its head, or the subject of the verb it hangs from ("conflict erupted between"). */
function isHostileHead(sentence: NlpSentence, head: NlpToken): boolean {
  if (HOSTILITY.has(head.lemma.toLowerCase())) return true;
  return head.pos.startsWith('VB') && childrenOf(sentence, head, /^nsubj$/).some((s) => HOSTILITY.has(s.lemma.toLowerCase()));
}

/** Dependents that open a clause of their own ("the TPLF, which used to dominate Ethiopian politics"): what they name is no side. */
const CLAUSE = /^(acl|acl:relcl|advcl|parataxis|ccomp|dep)$/;

/** The token and everything below it, short of the clauses hanging from it. */
function phraseOf(sentence: NlpSentence, top: NlpToken): NlpToken[] {
  return [top, ...childrenOf(sentence, top).filter((c) => !CLAUSE.test(c.rel)).flatMap((c) => phraseOf(sentence, c))];
}

/** Every token below `top`, clauses included. */
function subtreeOf(sentence: NlpSentence, top: NlpToken): NlpToken[] {
  return [top, ...childrenOf(sentence, top).flatMap((c) => subtreeOf(sentence, c))];
}

/**
 * "between A, which used to rule the north, and B": the parser may conjoin B to the verb of the clause about A.
 * A noun conjoined to a verb inside that clause is the other side.
 */
function strandedSides(sentence: NlpSentence, first: NlpToken): NlpToken[] {
  const clauses = childrenOf(sentence, first).filter((c) => CLAUSE.test(c.rel));
  const stranded = clauses.flatMap((c) => subtreeOf(sentence, c)).filter((t) => t.rel === 'conj' && t.pos.startsWith('NN') && sentence.tokens[t.head]?.pos.startsWith('VB'));
  return stranded.flatMap((t) => phraseOf(sentence, t));
}

/**
 * The words of the sides named after "between": the whole phrase, so that sides written as modifiers count
 * ("clashes between Peruvian and Chilean forces"). The parser may hang the phrase higher up
 * ("a break from animosity between X and Y"): the noun right before "between" then says.
 */
function sidesBetween(sentence: NlpSentence): NlpToken[][] {
  return sentence.tokens.flatMap((first) => {
    const head = sentence.tokens[first.head];
    const between = childrenOf(sentence, first, /^case$/).find((c) => c.lemma.toLowerCase() === 'between');
    const before = between ? sentence.tokens[between.index - 1] : undefined;
    const hostile = (head && isHostileHead(sentence, head)) || (before !== undefined && HOSTILITY.has(before.lemma.toLowerCase()));
    return between && hostile ? [[...phraseOf(sentence, first), ...strandedSides(sentence, first)]] : [];
  });
}

/** The actor mention that covers a token, if any. */
function mentionAt(mentions: Mention[], token: NlpToken): Mention | undefined {
  return mentions.find((m) => m.start <= token.start && token.end <= m.end && !m.setting);
}

/** Both sides of every hostility "between" two named actors oppose each other. */
export function findHostilityRelations(nlp: NlpDocument, mentions: Mention[]): CandidateRelation[] {
  return nlp.sentences.flatMap((sentence) =>
    sidesBetween(sentence).flatMap((tokens) => {
      const sides = [...new Set(tokens.flatMap((t) => mentionAt(mentions, t)?.entity.id ?? []))];
      const evidence = { start: sentence.start, end: sentence.end };
      return sides.flatMap((a) => sides.filter((b) => b !== a).map((b) => ({ source: a, type: 'OPPOSES' as const, target: b, evidence })));
    }),
  );
}
