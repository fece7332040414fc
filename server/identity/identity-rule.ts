/**
 * Every threshold and weight of the "same real-world event" rule, in one place: tuning the rule
 * (against gold clusters, `npm run eval:identity`) means editing this file only, then
 * `npm run ingest -- --rebuild-identity` to apply it to a graph already loaded.
 */
import type { EventType, Role, StatementSubtype } from '../contract/extraction.js';

export interface IdentityRule {
  /**
   * Event types that can name one real-world event, by family. A type in no family is its own
   * family; statements are split by subtype (an appeal and a threat are two statements).
   */
  typeFamilies: Record<string, EventType[]>;
  /** Days two reports' date ranges may stand apart and still be one event (ranges already widen with precision). */
  adjacentDays: number;
  /**
   * Families whose reports may stand further apart than `adjacentDays`: an accord is negotiated,
   * agreed, takes effect and is broken over days, and reports date whichever step they tell.
   */
  familyAdjacentDays: Record<string, number>;
  /**
   * A report dated by a wider range than this ("within six months", "by the end of the year") says
   * when an event may happen, not when it does: like an undated report, it joins no other.
   */
  vagueRangeDays: number;
  /** Role pairs that cannot be one actor's part in one event (who accuses vs who is accused). */
  conflictingRoles: [Role, Role][];
  /**
   * Roles in which, when both reports name actors, they must share one: a threat against Venezuela and a
   * threat against North Korea by one speaker are two statements.
   */
  rolesThatMustAgree: Role[];
  /** Actors the two reports must share, in compatible roles. */
  minSharedParticipants: number;
  /** A pair scoring below this is not one event. */
  minScore: number;
  /** The pair score is the weighted sum of these parts, each in [0, 1]. */
  weights: { date: number; participants: number; place: number; type: number };
  /**
   * Two clusters join only if every report of one is compatible with every report of the other
   * (complete linkage), so a chain of day-after-day statements does not collapse into one event.
   */
  completeLinkage: boolean;
}

export const IDENTITY_RULE: IdentityRule = {
  typeFamilies: {
    gathering: ['talks', 'meeting'],
    accord: ['agreement', 'ceasefire'],
  },
  adjacentDays: 1,
  familyAdjacentDays: { accord: 7 },
  vagueRangeDays: 31,
  conflictingRoles: [['source', 'target']],
  rolesThatMustAgree: ['source', 'target'],
  minSharedParticipants: 1,
  // Measured (npm run eval:identity): 0.5 left out reports that name far fewer participants than the
  // others of their event (a ceasefire with six participants against one naming only the rebels:
  // Jaccard 1/6); 0.4 takes fixture pairwise F1 from 0.877 to 0.914, dev clusters unchanged (0.333),
  // and joins nothing new but the cessation's UNSC endorsement and its taking effect on the seed story.
  minScore: 0.4,
  weights: { date: 0.35, participants: 0.4, place: 0.1, type: 0.15 },
  completeLinkage: true,
};

/** A statement's family by its subtype: a statement without one only joins others without one. */
export function statementFamily(subtype: StatementSubtype | null): string {
  return `statement:${subtype ?? 'none'}`;
}
