/** Stage 2c, continued: a head of state or government whose title names no state ("President Abd-Rabbu Mansour Hadi"). */
import type { EntityRef, TitleTie } from '../document-model.js';

/** Titles that head a state, as opposed to a body ("Secretary-General") or a group ("leader"). */
const STATE_HEAD = /^(president|prime minister|premier|king|queen|emir|sultan|crown prince|supreme leader|ruler)$/i;

/**
 * Leads the state whose government the article names as such ("Yemen's government"), or for a past ruler
 * ("under Muammar Gaddafi") the state the article is about. Ties that name their state stay as they are.
 */
export function completeLeaderTies(ties: Map<string, TitleTie>, governed: EntityRef | null, home: EntityRef | null): void {
  for (const [id, tie] of ties) {
    if (tie.affiliation || tie.relation !== 'LEADS' || !STATE_HEAD.test(tie.title)) continue;
    const state = tie.title.toLowerCase() === 'ruler' ? (governed ?? home) : governed;
    if (state) ties.set(id, { ...tie, affiliation: state });
  }
}
