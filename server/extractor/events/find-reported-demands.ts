/**
 * Stage 3c: demands made without a demand word, read from the tree: "X wants Y to step down" (a wanting verb with an
 * actor as object and a verb as complement), "X wants a withdrawal of Y's troops" (a wanting verb whose object is an event
 * noun naming another actor) and "X says Y must withdraw" (a reporting verb whose complement obliges an
 * actor). The verb that wants or reports becomes the demand's trigger; read-statement-parties reads its parties.
 */
import type { Mention, Segment, TitleTie, Trigger } from '../document-model.js';
import type { Speech } from '../lexicons/load-lexicons.js';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/nlp-document.js';
import { childrenOf } from '../nlp/sentence-tree.js';
import { actorsAt } from './read-statement-parties.js';

const lemma = (t: NlpToken) => t.lemma.toLowerCase();

/**
 * Whether the verb asks an actor other than the speaker's side to act: its object with a verb complement, or the subject of a
 * complement a modal obliges ("Kenya's minister said Kenyan troops should…" is a plan, not a demand).
 */
function asksActor(s: NlpSentence, verb: NlpToken, mentions: Mention[], ties: Map<string, TitleTie>, speech: Speech, found: Trigger[]): boolean {
  const side = new Set(childrenOf(s, verb, /^nsubj$/).flatMap((t) => actorsAt(s, t, mentions, [])).flatMap((m) => [m.entity.id, ties.get(m.entity.id)?.affiliation?.id ?? '']));
  const named = (t: NlpToken) => actorsAt(s, t, mentions, []).some((m) => !side.has(m.entity.id));
  if (speech.wanting.includes(lemma(verb))) {
    // "X wants Y to step down"; "X wants a withdrawal of Y's troops": an event noun whose own phrase names another actor.
    const objects = childrenOf(s, verb, /^obj$/);
    const event = (t: NlpToken) => found.some((f) => f.type !== 'statement' && f.start <= t.start && t.end <= f.end);
    return (childrenOf(s, verb, /^xcomp$/).length > 0 && objects.some(named)) || objects.some((o) => event(o) && named(o));
  }
  if (!speech.reporting.includes(lemma(verb))) return false;
  return childrenOf(s, verb, /^ccomp$/).some((c) => childrenOf(s, c, /^aux$/).some((a) => speech.obliging.includes(lemma(a))) && childrenOf(s, c, /^nsubj$/).some(named));
}

/** Demand triggers at the verbs that want or report an act of an actor, where no trigger stands already. */
export function findReportedDemands(nlp: NlpDocument, segments: Segment[], mentions: Mention[], ties: Map<string, TitleTie>, found: Trigger[], speech: Speech): Trigger[] {
  const actors = mentions.filter((m) => !m.bystander);
  return nlp.sentences.flatMap((s) =>
    s.tokens.flatMap((t): Trigger[] => {
      const segment = segments.find((g) => g.kind !== 'noise' && g.start <= t.start && t.end <= g.end);
      if (!segment || !t.pos.startsWith('VB') || found.some((f) => f.start < t.end && t.start < f.end) || !asksActor(s, t, actors, ties, speech, found)) return [];
      return [{ start: t.start, end: t.end, text: t.word, segment: segment.index, type: 'statement', subtype: 'demand', form: 'verb' }];
    }),
  );
}
