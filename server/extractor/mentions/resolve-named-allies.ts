/**
 * "Saudi Arabia and its allies" after "Saudi Arabia, Bahrain, Egypt and the UAE agreed…": the allies are the actors the
 * article lists together with that actor. Only lists of three actors or more count, since a pair ("Israel and Hamas
 * agreed") is as often two sides as two allies; the allies must be of the actor's own kind.
 */
import type { Mention, Segment } from '../document-model.js';
import { conjunctsOf } from '../events/find-conjuncts.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, headOf, spanHead } from '../nlp/sentence-tree.js';
import { mentionOnToken } from './token-mentions.js';

const POSSESSIVE = /^(its|their)$/i;
/** A list of the actor and at least two others. */
const MIN_LIST = 3;

/** Each coordinated list of actors in the article, by the entity ids it holds. */
function actorLists(nlp: NlpDocument, mentions: Mention[]): Mention[][] {
  return nlp.sentences.flatMap((s) => {
    const inside = mentions.filter((m) => s.start <= m.start && m.end <= s.end && !m.bystander);
    return inside.map((m) => [m, ...conjunctsOf(s, m, inside)]).filter((list) => new Set(list.map((m) => m.entity.id)).size >= MIN_LIST);
  });
}

/** The actor "its allies" is coordinated with: "Saudi Arabia and its allies". */
function allyOwner(s: NlpSentence, allies: NlpToken, mentions: Mention[]): Mention | undefined {
  const owner = allies.rel === 'conj' ? headOf(s, allies) : undefined;
  return owner && mentions.find((m) => spanHead(s.tokens, m) === owner);
}

/** Mentions, on the word "allies", of the actors the article lists with the actor whose allies they are. */
export function resolveNamedAllies(nlp: NlpDocument, segments: Segment[], mentions: Mention[]): Mention[] {
  const lists = actorLists(nlp, mentions);
  return nlp.sentences.flatMap((s) =>
    s.tokens.flatMap((t) => {
      if (t.lemma !== 'ally' || t.pos !== 'NNS' || !childrenOf(s, t, /^nmod:poss$/).some((c) => POSSESSIVE.test(c.word))) return [];
      const owner = allyOwner(s, t, mentions.filter((m) => s.start <= m.start && m.end <= s.end));
      const list = owner && lists.find((l) => l.some((m) => m.entity.id === owner.entity.id));
      const allies = (list ?? []).filter((m) => m.entity.id !== owner?.entity.id && m.entity.kind === owner?.entity.kind);
      const unique = allies.filter((m, i) => allies.findIndex((o) => o.entity.id === m.entity.id) === i);
      return unique.flatMap((m) => mentionOnToken(segments, t, m.entity) ?? []);
    }),
  );
}
