/**
 * "Guaido confirmed he had sent envoys but denied talks", "Ali Omar arrived and she met…": a "he" or "she" subject of a
 * clause a verb reports, or of a verb coordinated with another, stands for the person that verb has for subject (read
 * from the tree; the pronoun patterns of resolve-references only see "he" at the head of a clause). "it" and "they" are
 * left alone: "Iran's Revolutionary Guard said it had…" would give the act to the body, apart from the state's own
 * report of it, and "they" may stand for several actors.
 */
import type { Mention, Segment } from '../document-model.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { headOf } from '../nlp/sentence-tree.js';
import { mentionOnToken } from './token-mentions.js';

const PERSONAL = new Set(['he', 'she']);

/** A clause a verb reports ("said he would"), or a verb coordinated with another ("arrived and he met"). */
const BOUND = /^(ccomp|conj)$/;

/** The mention covering the subject of `verb`, if one actor is its subject. */
function subjectActor(s: NlpSentence, verb: NlpToken, mentions: Mention[]): Mention | undefined {
  const subjects = s.tokens.filter((t) => t.head === verb.index && t.rel === 'nsubj');
  const actors = mentions.filter((m) => !m.bystander && subjects.some((t) => m.start <= t.start && t.end <= m.end));
  return actors.length === 1 ? actors[0] : undefined;
}

/** The antecedent of a pronoun subject: the person subject of the verb that reports the pronoun's clause or is coordinated with it. */
function antecedentOf(s: NlpSentence, pronoun: NlpToken, mentions: Mention[]): Mention | undefined {
  const clause = headOf(s, pronoun);
  const governor = clause && BOUND.test(clause.rel) ? headOf(s, clause) : undefined;
  const found = governor?.pos.startsWith('VB') ? subjectActor(s, governor, mentions) : undefined;
  return found?.entity.kind === 'person' ? found : undefined;
}

/** Mentions for the "he"/"she" subjects the tree binds to a person named as the subject of the verb reporting them or coordinated with theirs. */
export function resolveBoundPronouns(nlp: NlpDocument, segments: Segment[], mentions: Mention[]): Mention[] {
  return nlp.sentences.flatMap((s) =>
    s.tokens.flatMap((t) => {
      if (t.pos !== 'PRP' || !/^nsubj/.test(t.rel) || !PERSONAL.has(t.word.toLowerCase())) return [];
      if (mentions.some((m) => m.start < t.end && t.start < m.end)) return [];
      const antecedent = antecedentOf(s, t, mentions);
      return (antecedent && mentionOnToken(segments, t, antecedent.entity)) ?? [];
    }),
  );
}
