/** Stage 7, continued: "the Rapid Support Forces, led by General X", "a delegation headed by X": X LEADS the body. */
import type { CandidateRelation, Mention } from '../document-model.js';
import type { NlpDocument, NlpToken } from '../nlp/nlp-document.js';

/** Participles that make their "by" agent the head of the noun they modify. */
const LEADING = new Set(['lead', 'head', 'chair', 'command']);

const covering = (mentions: Mention[], token: NlpToken | undefined) => (token ? mentions.find((m) => m.start <= token.start && token.end <= m.end && !m.setting) : undefined);

function descendsFrom(tokens: NlpToken[], token: NlpToken, ancestor: NlpToken): boolean {
  for (let t: NlpToken | undefined = token; t; t = tokens[t.head]) if (t.index === ancestor.index) return true;
  return false;
}

/** The actor the participle modifies: the name nearest before it inside the phrase of the noun it hangs from ("the Northern Defence Forces (NDF) led by"). */
function ledBody(tokens: NlpToken[], participle: NlpToken, mentions: Mention[]): Mention | undefined {
  const head = tokens[participle.head];
  if (!head) return undefined;
  const phrase = tokens.slice(0, participle.index).filter((t) => descendsFrom(tokens, t, head));
  return phrase.flatMap((t) => covering(mentions, t) ?? []).filter((m) => m.entity.kind !== 'person').at(-1);
}

/** A person who is the "by" agent of "led"/"headed" modifying a named actor leads that actor. */
export function findLedByRelations(nlp: NlpDocument, mentions: Mention[]): CandidateRelation[] {
  return nlp.sentences.flatMap((sentence) =>
    sentence.tokens
      .filter((v) => v.rel === 'acl' && v.pos === 'VBN' && LEADING.has(v.lemma.toLowerCase()))
      .flatMap((v) => {
        const body = ledBody(sentence.tokens, v, mentions);
        const agent = sentence.tokens.find((t) => t.head === v.index && t.rel === 'obl' && sentence.tokens.some((c) => c.head === t.index && c.rel === 'case' && c.lemma.toLowerCase() === 'by'));
        const leader = covering(mentions, agent);
        if (!body || !leader || body.entity.kind === 'person' || leader.entity.kind !== 'person') return [];
        return [{ source: leader.entity.id, type: 'LEADS' as const, target: body.entity.id, evidence: { start: sentence.start, end: sentence.end } }];
      }),
  );
}
