/**
 * Stage 3c: statements made by judging an act rather than by a statement word, read from the tree: a reporting verb whose
 * complement is a judgement ("X said the attack was unacceptable", "'… reports … are false,' X said", "X said it was
 * outraged by …") and a verb that takes something as one ("X saw the display as a provocation", "X called the move
 * illegal"). The verb becomes the trigger, of the subtype its judgement word gives (speech.json 'judging');
 * read-statement-parties reads its speaker from its subject and its addressee from what it judges.
 */
import type { StatementSubtype } from '../../contract/extraction.js';
import type { Segment, Trigger } from '../document-model.js';
import type { Speech } from '../lexicons/load-lexicons.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf, enhancedChildrenOf } from '../nlp/sentence-tree.js';

const lemma = (t: NlpToken) => t.lemma.toLowerCase();

/** The subtype a judgement word gives, or undefined when the word judges nothing. */
export function judgementOf(t: NlpToken, speech: Speech): StatementSubtype | undefined {
  const words = [lemma(t), t.word.toLowerCase()];
  const found = Object.entries(speech.judging).find(([, judged]) => judged.some((w) => words.includes(w)));
  return found?.[0] as StatementSubtype | undefined;
}

/** The judgement a verb reports ("said … was unacceptable") or makes of its object ("saw … as a provocation", "called … illegal"). */
function judgementBy(s: NlpSentence, verb: NlpToken, speech: Speech): StatementSubtype | undefined {
  const word = lemma(verb);
  const reported = speech.reporting.includes(word) ? childrenOf(s, verb, /^ccomp$/) : [];
  const deemed = speech.deeming.includes(word) ? [...childrenOf(s, verb, /^xcomp$/), ...enhancedChildrenOf(s, verb, /^obl:as$/)] : [];
  return [...reported, ...deemed].map((c) => judgementOf(c, speech)).find((j) => j !== undefined);
}

/** Statement triggers at the verbs that report or make a judgement of an act, where no trigger stands already. */
export function findReportedJudgements(nlp: NlpDocument, segments: Segment[], found: Trigger[], speech: Speech): Trigger[] {
  return nlp.sentences.flatMap((s) =>
    s.tokens.flatMap((t): Trigger[] => {
      if (!t.pos.startsWith('VB') || found.some((f) => f.start < t.end && t.start < f.end)) return [];
      const segment = segments.find((g) => g.kind !== 'noise' && g.start <= t.start && t.end <= g.end);
      const subtype = segment && judgementBy(s, t, speech);
      return segment && subtype ? [{ start: t.start, end: t.end, text: t.word, segment: segment.index, type: 'statement', subtype, form: 'verb' }] : [];
    }),
  );
}
