/**
 * Stage 2a, continued: whether a capital names its state's government or only the city, read from the tree.
 * "Moscow said", "sanctions on Washington", "appealed to Beijing": the government, acting or acted upon.
 * "talks in Lima", "reports from Ottawa", "flew to Quito", "the Lisbon declaration", "LIMA:": the city.
 */
import type { NlpToken } from '../nlp/nlp-document.js';

/** Prepositions that make a nominal a location or an origin, whatever it names. */
const LOCATIVE_CASES = new Set(['in', 'at', 'from', 'near', 'into', 'via', 'across', 'inside', 'outside', 'around', 'toward', 'towards', 'throughout', 'within', 'of', 'over', 'off']);
/** "to" is a destination after a verb or noun of travel, an addressee after the others ("appealed to Moscow"). */
const MOTION_LEMMAS = new Set(['travel', 'fly', 'flight', 'go', 'come', 'return', 'head', 'arrive', 'trip', 'journey', 'visit', 'move', 'deliver', 'delivery', 'way', 'road', 'route', 'mission', 'delegation']);
/** "representatives from Damascus": people sent from a capital come from its government. */
const ENVOY_LEMMAS = new Set(['representative', 'delegate', 'delegation', 'official', 'diplomat', 'negotiator', 'team', 'envoy', 'emissary']);
/** Links inside one noun phrase: "the Peruvian capital, Lima" is the phrase headed by "capital". */
const PHRASE_RELS = new Set(['appos', 'compound', 'flat', 'conj']);

/** The head of the capital's own noun phrase, climbing appositions and conjuncts: "in Vienna and Geneva" is as locative for Geneva. */
function phraseHead(tokens: NlpToken[], token: NlpToken): NlpToken {
  let head = token;
  for (let parent = tokens[head.head]; parent && (head.rel === 'appos' || head.rel === 'conj') && parent.pos.startsWith('NN'); parent = tokens[head.head]) head = parent;
  return head;
}

/** True when the capital written by `tokens[at]` (its head token) is only the city; `governed` is true when a government noun follows it ("the Lima government"). */
export function isCityUse(tokens: NlpToken[], at: NlpToken, governed: boolean): boolean {
  // A dateline: "KABUL: The talks …".
  if (at.index === 0 && tokens[1]?.word === ':') return true;
  if (at.rel === 'compound' && !PHRASE_RELS.has(tokens[at.head]?.rel ?? '')) return !governed;
  const phrase = phraseHead(tokens, at);
  const marker = tokens.find((t) => t.head === phrase.index && t.rel === 'case')?.lemma.toLowerCase();
  const governor = tokens[phrase.head]?.lemma.toLowerCase() ?? '';
  if (marker === 'to') return MOTION_LEMMAS.has(governor);
  if (marker === 'from' && ENVOY_LEMMAS.has(governor)) return false;
  return marker !== undefined && LOCATIVE_CASES.has(marker);
}
