/** "former President X", "X, a former Chilean president", "ex-minister X": the title is one the person no longer holds. */
import type { Mention } from '../document-model.js';
import type { NlpDocument, NlpToken } from '../nlp/nlp-document.js';
import { spanHead } from '../nlp/sentence-tree.js';

/** Modifiers of a title that put the office in the past. */
const PAST = new Set(['former', 'ex', 'late', 'ousted', 'deposed', 'toppled', 'erstwhile']);

const isPast = (t: NlpToken) => PAST.has(t.lemma.toLowerCase()) || /^ex[-‑]/i.test(t.word);

/** Whether the title beside the name (a compound or appositive to it, or the noun it stands in apposition to) is marked as past. */
export function holdsPastOffice(nlp: NlpDocument, mention: Mention): boolean {
  const sentence = nlp.sentences.find((s) => s.start <= mention.start && mention.end <= s.end);
  const head = sentence ? spanHead(sentence.tokens, mention) : undefined;
  if (!sentence || !head) return false;
  const titles = sentence.tokens.filter((t) => (t.head === head.index && /^(compound|appos|amod)$/.test(t.rel)) || (head.rel === 'appos' && t.index === head.head));
  return [head, ...titles].some((t) => isPast(t) || sentence.tokens.some((c) => c.head === t.index && c.rel === 'amod' && isPast(c)));
}
