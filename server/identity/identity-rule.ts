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
  conflictingRoles: [['source', 'target']],
  rolesThatMustAgree: ['source', 'target'],
  minSharedParticipants: 1,
  minScore: 0.5,
  weights: { date: 0.35, participants: 0.4, place: 0.1, type: 0.15 },
  completeLinkage: true,
};

/** A statement's family by its subtype: a statement without one only joins others without one. */
export function statementFamily(subtype: StatementSubtype | null): string {
  return `statement:${subtype ?? 'none'}`;
}
