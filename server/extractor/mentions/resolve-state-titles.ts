/**
 * "Philippine foreign secretary calls action illegal", "Chad's president says": a state's title with no name stands for
 * the one person the article gives that title of that state, wherever it names them (a headline names them only later).
 * An indefinite ("a Chadian minister"), a plural or a qualified title ("former president") is someone else.
 */
import type { Mention, Segment, TitleTie } from '../document-model.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf } from '../nlp/sentence-tree.js';
import { mentionOnToken, mentionsCovering, OFFICE_TITLES } from './token-mentions.js';

/** How a state qualifies a title: "Philippine foreign secretary", "Chad's president", "the president of Chad". */
const STATE_REL = /^(amod|compound|nmod:poss|nmod:of)$/;

/** A lower-case word of a title's own ("foreign" in "foreign minister"), not a state naming it. */
const isTitleWord = (c: NlpToken) => /^(compound|amod)$/.test(c.rel) && /^[a-z]/.test(c.word);

/** The title a head noun and its lower-case modifiers spell ("foreign secretary"), if the lexicon lists it. */
function titleOf(s: NlpSentence, t: NlpToken): string | undefined {
  const words = [...childrenOf(s, t).filter((c) => isTitleWord(c)), t].sort((a, b) => a.index - b.index);
  const title = words.map((w) => w.word.toLowerCase()).join(' ');
  return OFFICE_TITLES.has(title) ? title : undefined;
}

/** The person whose tie is this title of this state, if exactly one is. */
function holderOf(title: string, stateId: string, persons: Mention[], ties: Map<string, TitleTie>): Mention | undefined {
  const holders = persons.filter((p) => ties.get(p.entity.id)?.title.toLowerCase() === title && ties.get(p.entity.id)?.affiliation?.id === stateId);
  return new Set(holders.map((p) => p.entity.id)).size === 1 ? holders[0] : undefined;
}

/** Mentions of titled persons for a state's unnamed title ("Philippine foreign secretary" → the Philippine Foreign Secretary the article names). */
export function resolveStateTitles(nlp: NlpDocument, segments: Segment[], mentions: Mention[], ties: Map<string, TitleTie>): Mention[] {
  const persons = mentions.filter((m) => m.entity.kind === 'person');
  return nlp.sentences.flatMap((s) =>
    s.tokens.flatMap((t) => {
      if (t.pos !== 'NN' || t.rel === 'compound' || mentionsCovering(mentions, t).length > 0) return [];
      const title = titleOf(s, t);
      const modifiers = childrenOf(s, t).filter((c) => !/^(det|punct|case)$/.test(c.rel) && !isTitleWord(c));
      const states = modifiers.flatMap((c) => (STATE_REL.test(c.rel) ? mentionsCovering(mentions, c).filter((m) => m.entity.kind === 'state') : []));
      const indefinite = childrenOf(s, t, /^det$/).some((d) => d.lemma.toLowerCase() === 'a');
      if (!title || indefinite || states.length !== 1 || modifiers.length !== 1) return [];
      const holder = holderOf(title, states[0]!.entity.id, persons, ties);
      return (holder && mentionOnToken(segments, t, holder.entity)) ?? [];
    }),
  );
}
