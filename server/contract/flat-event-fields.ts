/**
 * What an event says, with its date spread flat: the fields an article's report of an event, the
 * event reconciled from its reports and an exported event share.
 */
import type { DatePrecision, EventStatus, EventType, Participant, StatementSubtype } from './extraction.js';

export interface FlatEventFields {
  type: EventType;
  subtype: StatementSubtype | null;
  cameo: string | null;
  status: EventStatus;
  /** ISO days, both null exactly when precision is `unknown`. */
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  place: string | null;
  summary: string;
  confidence: number;
  participants: Participant[];
}
