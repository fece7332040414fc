/** Stage 2c, continued: a head of state or government whose title names no state ("President Abd-Rabbu Mansour Hadi"). */
import type { EntityRef, TitleTie } from '../document-model.js';

/** Titles that head a state, as opposed to a body ("Secretary-General") or a group ("leader"). */
const STATE_HEAD = /^(president|prime minister|premier|king|queen|emir|sultan|crown prince|supreme leader|ruler|strongman)$/i;

/** Titles that name a state's head when the text gives the state ("his Chinese counterpart" of a president). */
const HEAD = /^(president|prime minister|premier|king|queen|emir|sultan|crown prince|supreme leader|counterpart)$/i;

export interface LeaderContext {
  /** The state whose government the article names as such ("Yemen's government"). */
  governed: EntityRef | null;
  /** The state the article is about. */
  home: EntityRef | null;
}

/**
 * Leads the state whose government the article names as such, else the state the article is about; never a state
 * whose head the text itself names ("Ugandan President A", "his Chilean counterpart B"), nor one already given to
 * another holder of the same title. Ties that name their state stay.
 */
export function completeLeaderTies(ties: Map<string, TitleTie>, ctx: LeaderContext): void {
  const named = new Set([...ties.values()].filter((t) => t.relation === 'LEADS' && HEAD.test(t.title) && t.affiliation).map((t) => t.affiliation!.id));
  const heldBy = (state: EntityRef, title: string, id: string) =>
    named.has(state.id) ||
    [...ties.entries()].some(([other, t]) => other !== id && t.relation === 'LEADS' && t.affiliation?.id === state.id && t.title.toLowerCase() === title.toLowerCase());
  for (const [id, tie] of ties) {
    if (tie.affiliation || tie.relation !== 'LEADS' || !STATE_HEAD.test(tie.title)) continue;
    const state = [ctx.governed, ctx.home].find((s): s is EntityRef => s !== null && !heldBy(s, tie.title, id));
    if (state) ties.set(id, { ...tie, affiliation: state });
  }
}
