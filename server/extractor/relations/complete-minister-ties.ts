/** Stage 2c, continued: a minister or envoy whose title names no state ("Foreign Minister Ali Hamad ... said Muscat would"). */
import type { EntityRef, Mention, TitleTie } from '../document-model.js';

/** Titles of a government's own officials; "official", "commander" or "negotiator" may serve a group as well. */
const GOVERNMENT_TITLE = /\b(minister|secretary|ambassador|spokes(?:man|woman|person)|adviser|advisor)\b/i;
/** A state written as its government: "Qatar's foreign ministry", "the government delegation", or by its seat ("Doha"). */
const GOVERNMENT_FORM = /\b(government|regime|ministry|administration|authorities|officials|delegation|cabinet)\b/i;
/** "X, who led the government delegation": the body the person heads. */
const HEADS_AFTER = /^\s*,\s+who\s+(?:led|leads|heads|headed)\s+(?:the\s+)?$/;

function isGovernmentForm(m: Mention, isSeat: (surface: string) => boolean): boolean {
  return m.entity.kind === 'state' && !m.bystander && (GOVERNMENT_FORM.test(m.text) || isSeat(m.text));
}

/** The one state the sentence writes as a government before the person, or the one the person is said to head right after. */
function findServedState(person: Mention, named: Mention[], text: string, isSeat: (surface: string) => boolean): EntityRef | null {
  const sentence = named.filter((m) => m.segment === person.segment);
  const headed = sentence.find((m) => m.start >= person.end && HEADS_AFTER.test(text.slice(person.end, m.start)));
  if (headed && isGovernmentForm(headed, isSeat)) return headed.entity;
  const before = new Map(sentence.filter((m) => m.end <= person.start && isGovernmentForm(m, isSeat)).map((m) => [m.entity.id, m.entity]));
  return before.size === 1 ? ([...before.values()][0] ?? null) : null;
}

export interface MinisterContext {
  persons: Mention[];
  named: Mention[];
  text: string;
  isSeat: (surface: string) => boolean;
  /** The state a title belongs to when nothing else says (lexicon STATE_OF_TITLE). */
  stateOfTitle: (title: string) => EntityRef | null;
}

/** Ties of government officials completed from how their sentence writes the government they serve, else from the title itself. */
export function completeMinisterTies(ties: Map<string, TitleTie>, ctx: MinisterContext): void {
  for (const [id, tie] of ties) {
    if (tie.affiliation || tie.relation !== 'REPRESENTS' || !GOVERNMENT_TITLE.test(tie.title)) continue;
    const introduced = ctx.persons.find((m) => m.entity.id === id && m.tie);
    const state = (introduced ? findServedState(introduced, ctx.named, ctx.text, ctx.isSeat) : null) ?? ctx.stateOfTitle(tie.title);
    if (state) ties.set(id, { ...tie, affiliation: state });
  }
}
