/**
 * "A rebel envoy accused the army … The envoy urged the UN to intervene": a person the article never names is introduced
 * by an indefinite title ("a Polisario envoy", "an Ecuadorian official") whose modifier names the actor they act for; a
 * later "the envoy" (same title, nothing else qualifying it) is that person, so it stands for the same actor. Titles are
 * those of the titles lexicon; a "the envoy" already resolved to a named person (resolve-references) is left alone.
 */
import type { EntityRef, Mention, Segment } from '../document-model.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf } from '../nlp/sentence-tree.js';
import { mentionsCovering, OFFICE_TITLES, segmentOf } from './token-mentions.js';

/** Modifiers naming who an unnamed title holder acts for: "a Polisario envoy", "a Russian official", "an envoy of Kenya". */
const FOR_WHOM = /^(compound|amod|nmod:poss|nmod:of|nmod)$/;

interface Introduction {
  title: string;
  offset: number;
  entity: EntityRef;
}

const isTitleNoun = (t: NlpToken) => t.pos === 'NN' && OFFICE_TITLES.has(t.lemma.toLowerCase());
const determiner = (s: NlpSentence, t: NlpToken) => childrenOf(s, t, /^det$/)[0]?.lemma.toLowerCase();

/** "a Polisario envoy": the one actor its modifiers name. */
function introductionOf(s: NlpSentence, t: NlpToken, mentions: Mention[]): Introduction | undefined {
  if (determiner(s, t) !== 'a' || mentionsCovering(mentions, t).length > 0) return undefined;
  const actors = childrenOf(s, t, FOR_WHOM).flatMap((c) => mentionsCovering(mentions, c).filter((m) => m.entity.kind !== 'person'));
  const ids = new Set(actors.map((m) => m.entity.id));
  return ids.size === 1 ? { title: t.lemma.toLowerCase(), offset: t.end, entity: actors[0]!.entity } : undefined;
}

/** "the envoy" alone: a definite title with no other dependent than its article. */
const isBareDefinite = (s: NlpSentence, t: NlpToken) => determiner(s, t) === 'the' && childrenOf(s, t).every((c) => c.rel === 'det' || c.rel === 'punct');

/** Mentions for the bare "the <title>" whose last introduction was an indefinite "a <actor> <title>". */
export function resolveUnnamedRepresentatives(nlp: NlpDocument, segments: Segment[], mentions: Mention[]): Mention[] {
  const introductions: Introduction[] = [];
  return nlp.sentences.flatMap((s) =>
    s.tokens.filter(isTitleNoun).flatMap((t) => {
      const introduction = introductionOf(s, t, mentions);
      if (introduction) introductions.push(introduction);
      const antecedent = introductions.filter((i) => i.title === t.lemma.toLowerCase() && i.offset <= t.start).at(-1);
      const segment = segmentOf(segments, t);
      if (!antecedent || !segment || !isBareDefinite(s, t) || mentionsCovering(mentions, t).length > 0) return [];
      const start = childrenOf(s, t, /^det$/)[0]!.start;
      return [{ start, end: t.end, text: segment.text.slice(start - segment.start, t.end - segment.start), segment: segment.index, entity: antecedent.entity, alias: false }];
    }),
  );
}
