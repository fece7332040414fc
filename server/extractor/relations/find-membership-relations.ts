/** Stage 7, continued: MEMBER_OF from the tree: "X, a member of Y", "X is part of Y", "X joined Y". */
import type { CandidateRelation, Mention } from '../document-model.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { headOf } from '../nlp/sentence-tree.js';
import { actorOfPhrase, actorsOfList, complementOf, mentionAt, nearestSubjects } from './read-tree-actors.js';

/** Nouns that make their "of" complement the body the noun's owner belongs to. */
const MEMBERSHIP_NOUNS = new Set(['member', 'part']);
/** Verbs whose object is the body their subject now belongs to. */
const JOINING_VERBS = new Set(['join', 'rejoin']);
const OF = new Set(['of']);

/** Bodies one can belong to: an organisation, a coalition or an armed movement, never a state or a person. */
const isBody = (m: Mention | undefined): m is Mention => m !== undefined && (m.entity.kind === 'organization' || m.entity.kind === 'armed_group');

/** Who the membership noun is said of: the name it stands in apposition to, else the subject of its predicate. */
function membersOfNoun(sentence: NlpSentence, noun: NlpToken, mentions: Mention[]): Mention[] {
  const head = headOf(sentence, noun);
  if (noun.rel === 'appos' && head) return actorsOfList(sentence, head, mentions);
  return nearestSubjects(sentence, noun).flatMap((s) => actorsOfList(sentence, s, mentions));
}

function relationsOfSentence(sentence: NlpSentence, mentions: Mention[]): CandidateRelation[] {
  const evidence = { start: sentence.start, end: sentence.end };
  return sentence.tokens.flatMap((t) => {
    const lemma = t.lemma.toLowerCase();
    let body: Mention | undefined;
    let members: Mention[] = [];
    if (MEMBERSHIP_NOUNS.has(lemma) && t.pos.startsWith('NN')) {
      const of = complementOf(sentence, t, OF);
      body = of ? actorOfPhrase(sentence, of, mentions) : undefined;
      members = isBody(body) ? membersOfNoun(sentence, t, mentions) : [];
    } else if (JOINING_VERBS.has(lemma) && t.pos.startsWith('VB')) {
      const object = sentence.tokens.find((o) => o.head === t.index && o.rel === 'obj');
      body = object ? (mentionAt(mentions, object) ?? actorOfPhrase(sentence, object, mentions)) : undefined;
      members = isBody(body) ? nearestSubjects(sentence, t).flatMap((s) => actorsOfList(sentence, s, mentions)) : [];
    }
    return members.filter((m) => m.entity.id !== body!.entity.id).map((m) => ({ source: m.entity.id, type: 'MEMBER_OF' as const, target: body!.entity.id, evidence }));
  });
}

/** Memberships the tree states: an apposition or predicate "member of"/"part of" a body, or a subject that joined it. */
export function findMembershipRelations(nlp: NlpDocument, mentions: Mention[]): CandidateRelation[] {
  return nlp.sentences.flatMap((s) => relationsOfSentence(s, mentions));
}
