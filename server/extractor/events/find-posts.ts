/**
 * Bodies named as a post in a person's title: "Kenya's UN ambassador Ali Omar", "Kenyan Ambassador to the U.N. Ali Omar".
 * The person acts for the state; the body is only where they serve, not a party to what they do.
 */
import type { Mention } from '../document-model.js';
import { lexicons } from '../lexicons/load-lexicons.js';
import type { NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { spanHead } from '../nlp/sentence-tree.js';

/** Relations that keep a word inside the noun phrase it modifies ("Kenya's UN ambassador Ali Omar"). */
const NOMINAL = /^(compound|nmod(:.*)?|dep|flat|amod|appos)$/;

/** The token and the heads it reaches without leaving its noun phrase. */
function phraseChain(tree: NlpSentence, token: NlpToken): NlpToken[] {
  const chain = [token];
  for (let t = token; NOMINAL.test(t.rel) && t.head >= 0 && chain.length < 4; ) chain.push((t = tree.tokens[t.head] as NlpToken));
  return chain;
}

/** How a title names the body where its holder serves: "UN ambassador", "ambassador to the UN". */
const POST = /^(compound|nmod:to|nmod:at)$/;
const REPRESENTING = new Set(lexicons.titles.REPRESENTS.map((t) => t.toLowerCase()));

/**
 * "Kenya's UN ambassador Ali Omar", "Kenyan Ambassador to the U.N. Ali Omar": a body named as the post of a person who represents
 * a state is where the person serves, not a party to what the person does.
 */
export function isPost(m: Mention, mentions: Mention[], tree: NlpSentence): boolean {
  const head = m.entity.kind !== 'person' && m.entity.kind !== 'state' ? spanHead(tree.tokens, m) : undefined;
  const title = head && POST.test(head.rel) ? tree.tokens[head.head] : undefined;
  if (!head || !title) return false;
  const within = phraseChain(tree, head);
  return mentions.some((p) => {
    const serves = p.entity.kind === 'person' && p.tie?.relation === 'REPRESENTS' && p.tie.affiliation?.kind === 'state' && p.tie.affiliation.id !== m.entity.id;
    const person = serves ? spanHead(tree.tokens, p) : undefined;
    const titled = REPRESENTING.has(title.word.toLowerCase()) || (p.start <= title.start && title.end <= p.end);
    return !!person && titled && phraseChain(tree, person).some((t) => within.includes(t));
  });
}
