/**
 * Stage 3d: threats made without a threat word, read from the tree: "X vowed to keep fighting Y", "X planned to
 * retake the town", "X is ready to wage war on Y" (a verb or adjective of intent whose complement, directly or through
 * one more verb, is an attack). Declaring
 * the intent to use force is a threat (CAMEO 138); the verb of intent becomes its trigger and read-statement-parties
 * reads its speaker from its subject. The attack keeps its own trigger.
 */
import type { Segment, Trigger } from '../document-model.js';
import type { Speech } from '../lexicons/load-lexicons.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf } from '../nlp/sentence-tree.js';

/** How many complement verbs may stand between the intent and the attack ("vowed to continue fighting"). */
const COMPLEMENT_DEPTH = 2;

const within = (t: NlpToken, trigger: Trigger) => trigger.start <= t.start && t.end <= trigger.end;

/** Whether a complement of the verb, or of its complement, is an attack verb or takes an attack noun as object ("vowed to launch an offensive"). */
function intendsAttack(s: NlpSentence, verb: NlpToken, attacks: Trigger[], depth = COMPLEMENT_DEPTH): boolean {
  if (depth === 0) return false;
  return childrenOf(s, verb, /^xcomp$/).some((c) => {
    const named = [c, ...childrenOf(s, c, /^obj$/)].some((t) => attacks.some((a) => within(t, a)));
    return named || intendsAttack(s, c, attacks, depth - 1);
  });
}

/** Threat triggers at the verbs and adjectives of intent whose complement is an attack, where no trigger stands already. */
export function findIntendedAttacks(nlp: NlpDocument, segments: Segment[], found: Trigger[], speech: Speech): Trigger[] {
  const attacks = found.filter((t) => t.type === 'offensive');
  return nlp.sentences.flatMap((s) =>
    s.tokens.flatMap((t): Trigger[] => {
      if (!(t.pos.startsWith('VB') || t.pos.startsWith('JJ')) || !speech.intending.includes(t.lemma.toLowerCase()) || found.some((f) => f.start < t.end && t.start < f.end)) return [];
      const segment = segments.find((g) => g.kind !== 'noise' && g.start <= t.start && t.end <= g.end);
      if (!segment || !intendsAttack(s, t, attacks)) return [];
      return [{ start: t.start, end: t.end, text: t.word, segment: segment.index, type: 'statement', subtype: 'threat', form: 'verb' }];
    }),
  );
}
